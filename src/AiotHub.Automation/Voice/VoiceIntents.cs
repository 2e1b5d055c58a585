namespace AiotHub.Automation.Voice;

/// <summary>The intents the voice engine understands (issue 5 item 5, issue 14); the labelled sets use the same names.</summary>
public static class VoiceIntents
{
    public const string TurnOn = "turn-on";
    public const string TurnOff = "turn-off";
    public const string SetBrightness = "set-brightness";
    public const string SetColorTemperature = "set-color-temperature";
    public const string SetColor = "set-color";
    public const string SetTemperature = "set-temperature";
    public const string SetDeviceMode = "set-device-mode";
    public const string SetFanLevel = "set-fan-level";
    public const string SetVolume = "set-volume";
    public const string SetPosition = "set-position";
    public const string Mute = "mute";
    public const string Unmute = "unmute";
    public const string MediaPlay = "media-play";
    public const string MediaPause = "media-pause";
    public const string MediaStop = "media-stop";
    public const string MediaNext = "media-next";
    public const string MediaPrevious = "media-previous";
    public const string TvPlay = "tv-play";
    public const string TvPause = "tv-pause";
    public const string TvVolume = "tv-volume";
    public const string TvInput = "tv-input";
    public const string TvApp = "tv-app";
    public const string PressKey = "press-key";

    /// <summary>A purifier starts counting a new filter's life.</summary>
    public const string ResetFilter = "reset-filter";

    /// <summary>A plug restarts its energy counter at 0.</summary>
    public const string ResetEnergy = "reset-energy";

    /// <summary>What a plug does when the power comes back after a cut: stay off, come back on, or as it was.</summary>
    public const string SetPowerOnState = "set-power-on-state";

    /// <summary>A speaker says a message aloud ("make the speaker say dinner is ready", "让音箱说一句 吃饭啦").</summary>
    public const string SpeakerSay = "speaker-say";
    public const string VacuumStart = "vacuum-start";
    public const string VacuumStop = "vacuum-stop";
    public const string VacuumPause = "vacuum-pause";
    public const string VacuumDock = "vacuum-dock";
    public const string RunScene = "run-scene";
    public const string SetHomeMode = "set-home-mode";
    public const string QueryState = "query-state";
    public const string Clarify = "clarify";

    /// <summary>Understood, but nothing can be done: the named device cannot do it, or the home has no such device.</summary>
    public const string Cannot = "cannot";
    public const string Unknown = "unknown";

    /// <summary>Whether the intent sends commands, runs a scene or changes the home's mode (what a guest may not do, except its scenes).</summary>
    public static bool Acts(string intent) => intent is not (QueryState or Clarify or Cannot or Unknown);
}
