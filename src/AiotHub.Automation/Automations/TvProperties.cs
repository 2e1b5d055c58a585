namespace AiotHub.Automation.Automations;

/// <summary>
/// The OTT members a "tv" trigger follows (profiles aiot.tv.t1 and aiot.tvbox.b1: service television or
/// tv-box), and the playback words it accepts, matched against the value-list descriptions.
/// </summary>
internal static class TvProperties
{
    public const string Label = "tv";
    public const string PlaybackState = "playback-state";
    public const string CurrentApp = "current-app";
    public const string InputSource = "input-source";

    public static readonly string[] Services = ["television", "tv-box"];

    public static readonly string[] PlaybackStates = ["playing", "paused", "stopped", "buffering"];
}
