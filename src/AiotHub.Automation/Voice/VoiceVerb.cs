namespace AiotHub.Automation.Voice;

/// <summary>What an utterance asks a device to do, before the device decides how (<see cref="CommandPlanner"/>).</summary>
internal enum VoiceVerb
{
    None,
    On,
    Off,
    Open,
    Close,
    Set,
    Up,
    Down,
    Play,
    Pause,
    Resume,
    Stop,
    Next,
    Previous,
    Mute,
    Unmute,
    Input,
    App,
    Clean,
    Dock,

    /// <summary>A remote-control key (<see cref="VoiceRequest.Word"/>: "menu", "ok", "up" …).</summary>
    Key,

    /// <summary>Say a message aloud on a speaker (<see cref="VoiceRequest.Word"/>: the message): "tell everyone dinner is ready".</summary>
    Say,

    /// <summary>Play a named kind of content ("the news", "相声"): no profile here can choose content.</summary>
    PlayContent,

    /// <summary>Start counting a new filter ("I've put a fresh filter in the purifier, reset it", "净化器滤芯换新的了 重置一下").</summary>
    ResetFilter,

    /// <summary>Restart a plug's energy counter at 0 ("插座的用电量清零", "reset the kettle plug's energy meter").</summary>
    ResetEnergy,

    /// <summary>
    /// What a plug does when the power comes back after a cut (<see cref="VoiceRequest.Value"/>: 0 stay off, 1 come back on,
    /// 2 as it was): "after a power cut the kettle plug should come back on", "水壶插座设成来电以后自动通电".
    /// </summary>
    PowerOnState,
}
