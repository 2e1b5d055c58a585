namespace AiotHub.Automation.Voice;

/// <summary>The intents the voice engine understands (issue 5 item 5); the labelled set uses the same names.</summary>
public static class VoiceIntents
{
    public const string TurnOn = "turn-on";
    public const string TurnOff = "turn-off";
    public const string SetBrightness = "set-brightness";
    public const string SetTemperature = "set-temperature";
    public const string SetVolume = "set-volume";
    public const string SetPosition = "set-position";
    public const string RunScene = "run-scene";
    public const string TvPlay = "tv-play";
    public const string TvPause = "tv-pause";
    public const string TvVolume = "tv-volume";
    public const string TvInput = "tv-input";
    public const string TvApp = "tv-app";
    public const string QueryState = "query-state";
    public const string Clarify = "clarify";
    public const string Unknown = "unknown";
}
