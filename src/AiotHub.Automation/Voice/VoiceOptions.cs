namespace AiotHub.Automation.Voice;

/// <summary>
/// Words the registry does not store: extra names for rooms (by room id) and scenes (by scene id), and
/// TV apps by spoken name. Built-in room words (客厅 = living room …) and common apps are always known.
/// </summary>
public sealed class VoiceOptions
{
    public IDictionary<string, IReadOnlyList<string>> RoomAliases { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public IDictionary<string, IReadOnlyList<string>> SceneAliases { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Spoken app name → package name for the TV's launch-app action.</summary>
    public IDictionary<string, string> TvApps { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["netflix"] = "com.netflix.ninja",
        ["奈飞"] = "com.netflix.ninja",
        ["网飞"] = "com.netflix.ninja",
        ["youtube"] = "com.google.android.youtube.tv",
        ["油管"] = "com.google.android.youtube.tv",
        ["iqiyi"] = "com.qiyi.video",
        ["爱奇艺"] = "com.qiyi.video",
        ["tencent video"] = "com.tencent.qqlivetv",
        ["腾讯视频"] = "com.tencent.qqlivetv",
        ["bilibili"] = "tv.danmaku.bili",
        ["哔哩哔哩"] = "tv.danmaku.bili",
        ["b站"] = "tv.danmaku.bili",
        ["b 站"] = "tv.danmaku.bili",
        ["prime video"] = "com.amazon.amazonvideo.livingroom",
        ["disney"] = "com.disney.disneyplus",
        ["disney plus"] = "com.disney.disneyplus",
        ["优酷"] = "com.youku.taitan.tv",
        ["youku"] = "com.youku.taitan.tv",
        ["芒果tv"] = "com.hunantv.license",
        ["芒果"] = "com.hunantv.license",
        ["抖音"] = "com.ss.android.ugc.aweme",
        ["云视听极光"] = "com.ktcp.video",
    };

    /// <summary>Relative steps: brightness and volume in percent, temperature in degrees.</summary>
    public double PercentStep { get; set; } = 20;

    public double DegreeStep { get; set; } = 1;

    public double VolumeStep { get; set; } = 10;

    /// <summary>The longest delay a timer may have ("in 30 minutes"); longer ones are refused.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many devices one utterance may change without a group word ("all", "所有").</summary>
    public int MaxUngroupedTargets { get; set; } = 4;

    /// <summary>How many candidates a clarifying question lists by name.</summary>
    public int MaxListedCandidates { get; set; } = 5;
}
