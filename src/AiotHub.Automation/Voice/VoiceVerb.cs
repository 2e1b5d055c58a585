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
}
