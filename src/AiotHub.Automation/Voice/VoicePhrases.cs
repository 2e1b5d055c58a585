using System.Globalization;

namespace AiotHub.Automation.Voice;

/// <summary>Values and words as each language says them: units, value-list entries, colours, inputs, apps, durations.</summary>
internal static class VoicePhrases
{
    private static readonly Dictionary<string, string> ChineseEntries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = "自动", ["cool"] = "制冷", ["dry"] = "除湿", ["heat"] = "制热", ["fan"] = "送风", ["low"] = "低", ["medium"] = "中", ["high"] = "高",
        ["sleep"] = "睡眠", ["favorite"] = "喜爱", ["manual"] = "手动", ["quiet"] = "安静", ["standard"] = "标准", ["strong"] = "强力", ["turbo"] = "超强",
        ["stopped"] = "停止", ["playing"] = "正在播放", ["paused"] = "已暂停", ["buffering"] = "缓冲中", ["idle"] = "待机", ["sweeping"] = "正在清扫",
        ["returning"] = "正在回充", ["charging"] = "正在充电", ["error"] = "故障", ["excellent"] = "优", ["good"] = "良", ["moderate"] = "轻度污染",
        ["poor"] = "中度污染", ["unhealthy"] = "重度污染", ["day"] = "日光", ["night"] = "夜灯", ["reading"] = "阅读", ["tv"] = "电视信号",
        ["opening"] = "正在打开", ["closing"] = "正在关闭", ["blocked"] = "被卡住", ["not charging"] = "未充电", ["full"] = "已充满", ["no fault"] = "无故障",
        ["on"] = "开", ["off"] = "关", ["previous"] = "上次的状态",
    };

    private static readonly Dictionary<int, (string En, string Zh)> ColourNames = new()
    {
        [0xFF0000] = ("red", "红色"), [0x00FF00] = ("green", "绿色"), [0x0000FF] = ("blue", "蓝色"), [0xFFFF00] = ("yellow", "黄色"), [0xFFA500] = ("orange", "橙色"),
        [0x800080] = ("purple", "紫色"), [0x8F00FF] = ("violet", "紫罗兰色"), [0xFFC0CB] = ("pink", "粉色"), [0x00FFFF] = ("cyan", "青色"), [0xFF00FF] = ("magenta", "洋红色"),
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value-list entry in the language ("Cool" → "cool" / "制冷").</summary>
    public static string Entry(string description, string lang)
    {
        if (lang == "zh")
            return description.Any(VoiceText.IsCjk) ? description : ChineseEntries.GetValueOrDefault(description, "该档位");
        return description.All(c => !char.IsLetter(c) || char.IsUpper(c)) || description.StartsWith("HDMI", StringComparison.Ordinal) ? description : description.ToLowerInvariant();
    }

    public static string Colour(double rgb, string lang) =>
        ColourNames.TryGetValue((int)rgb, out var name) ? lang == "zh" ? name.Zh : name.En
            : lang == "zh" ? "该颜色" : "#" + ((int)rgb).ToString("X6", CultureInfo.InvariantCulture);

    public static string Kelvin(double kelvin, string lang) => kelvin switch
    {
        <= 3200 => lang == "zh" ? "暖光" : "warm white",
        >= 5500 => lang == "zh" ? "冷白光" : "cool white",
        _ => lang == "zh" ? "自然光" : "neutral white",
    } + (lang == "zh" ? $"（{Number(kelvin)}K）" : $" ({Number(kelvin)} K)");

    /// <summary>A value with its unit: "26 °C" / "26度", "40%".</summary>
    public static string WithUnit(string key, double value, string lang) => key switch
    {
        _ when key.EndsWith("temperature", StringComparison.Ordinal) && !key.Contains("color", StringComparison.Ordinal) => lang == "zh" ? $"{Number(value)}度" : $"{Number(value)} °C",
        "light.color-temperature" => Kelvin(value, lang),
        "speaker.volume" => lang == "zh" ? Number(value) : Number(value) + "%",
        "power-consumption.electric-power" => lang == "zh" ? $"{Number(value)}瓦" : $"{Number(value)} W",
        "power-consumption.power-consumption" => lang == "zh" ? $"{Number(value)}度电" : $"{Number(value)} kWh",
        "environment.pm25-density" => $"{Number(value)} μg/m³",
        "motion-sensor.illumination" => lang == "zh" ? $"{Number(value)}勒克斯" : $"{Number(value)} lux",
        "vacuum.cleaning-area" => lang == "zh" ? $"{Number(value)}平方米" : $"{Number(value)} m²",
        "magnet-sensor.open-duration" or "motion-sensor.no-motion-duration" => Duration(TimeSpan.FromSeconds(value), lang),
        "vacuum.cleaning-time" => lang == "zh" ? $"{Number(value)}分钟" : $"{Number(value)} minutes",
        _ => Number(value) + "%",
    };

    private static readonly Dictionary<string, string> EnglishApps = new(StringComparer.Ordinal)
    {
        ["com.netflix.ninja"] = "Netflix", ["com.google.android.youtube.tv"] = "YouTube", ["com.qiyi.video"] = "iQIYI", ["com.tencent.qqlivetv"] = "Tencent Video",
        ["tv.danmaku.bili"] = "Bilibili", ["com.youku.taitan.tv"] = "Youku", ["com.hunantv.license"] = "Mango TV", ["com.amazon.amazonvideo.livingroom"] = "Prime Video",
        ["com.disney.disneyplus"] = "Disney+", ["com.ss.android.ugc.aweme"] = "Douyin", ["com.ktcp.video"] = "Yunshiting",
    };

    public static string App(string package, VoiceOptions options, string lang)
    {
        if (lang == "en" && EnglishApps.TryGetValue(package, out var known))
            return known;
        string? fallback = null;
        foreach (var (name, target) in options.TvApps)
        {
            if (target != package)
                continue;
            if (name.Any(VoiceText.IsCjk) == (lang == "zh"))
                return lang == "zh" ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
            fallback ??= name;
        }

        return lang == "zh" ? fallback is not null && !fallback.Any(VoiceText.IsCjk) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(fallback) : "该应用"
            : fallback is not null && !fallback.Any(VoiceText.IsCjk) ? fallback : "the app";
    }

    public static string Duration(TimeSpan delay, string lang)
    {
        var hours = (int)delay.TotalHours;
        var minutes = delay.Minutes;
        var seconds = delay.Seconds;
        if (lang == "zh")
        {
            if (hours == 0 && minutes == 30 && seconds == 0)
                return "半小时";
            return (hours > 0 ? $"{hours}小时" : "") + (minutes > 0 ? $"{minutes}分钟" : "") + (seconds > 0 || delay < TimeSpan.FromMinutes(1) ? $"{seconds}秒" : "");
        }

        var parts = new List<string>();
        if (hours > 0)
            parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        if (minutes > 0)
            parts.Add(minutes == 1 ? "1 minute" : $"{minutes} minutes");
        if (seconds > 0 || parts.Count == 0)
            parts.Add(seconds == 1 ? "1 second" : $"{seconds} seconds");
        return string.Join(" and ", parts);
    }

    public static string List(IReadOnlyList<string> items, string lang)
    {
        if (items.Count == 0)
            return "";
        if (items.Count == 1)
            return items[0];
        return lang == "zh"
            ? string.Join("、", items.Take(items.Count - 1)) + "和" + items[^1]
            : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }
}
