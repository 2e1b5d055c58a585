using System.Text.Json;
using AiotHub.Automation.Modes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>Answers to questions from reported state, in the question's language, with units and value-list entries in words.</summary>
internal static class StateAnswers
{
    private const int MaxListed = 5;

    public static string Answer(HomeView home, VoiceResult r, HomeModes? modes)
    {
        var lang = r.Language;
        if (r.Text == StateQuestion.HomeMode)
        {
            return modes is null
                ? VoiceAnswers.Say(lang, "Home modes are not available here.", "这里没有家庭模式。")
                : VoiceAnswers.Say(lang, $"The home is in {HomeModeReader.Describe(modes.Get(home.HomeId).Mode, "en")}.", $"现在是{HomeModeReader.Describe(modes.Get(home.HomeId).Mode, "zh")}。");
        }

        var devices = r.Targets.Select(home.Find).OfType<Device>().ToList();
        if (r.Text == StateQuestion.WhatIsOn)
        {
            var on = devices.Where(d => IsRunning(home, d)).ToList();
            if (on.Count == 0)
                return VoiceAnswers.Say(lang, "Nothing is on.", "现在没有开着的设备。");
            var names = on.Take(MaxListed).Select(d => home.Describe(d, lang)).ToList();
            var more = on.Count - names.Count;
            return VoiceAnswers.Say(lang,
                $"{on.Count} {(on.Count == 1 ? "device is" : "devices are")} on: {VoicePhrases.List(names, "en")}{(more > 0 ? $" and {more} more" : "")}.",
                $"有{on.Count}个设备开着：{VoicePhrases.List(names, "zh")}{(more > 0 ? $"等" : "")}。");
        }

        var parts = new List<string>();
        foreach (var device in devices.Take(MaxListed))
        {
            var key = StateQuestion.KeyOf(device, home, r.Text ?? "*.on");
            if (key is null)
                continue;
            parts.Add(One(home, device, key, lang));
        }

        if (parts.Count == 0)
            return VoiceAnswers.Say(lang, "I have no such reading.", "没有这项数据。");
        return string.Join(lang == "zh" ? "；" : " ", parts.Select(p => lang == "zh" ? p : VoiceAnswers.Capitalize(p) + ".")) + (lang == "zh" ? "。" : "");
    }

    private static string One(HomeView home, Device device, string key, string lang)
    {
        var name = home.Describe(device, lang);
        var room = home.RoomName(device.RoomId, lang);
        if (Reported(device, key) is not { } value)
            return VoiceAnswers.Say(lang, $"{name} has not reported that yet", $"{name}还没有上报这项数据");
        var property = home.Profile(device) is { } profile ? ProfileMembers.FindProperty(profile, key, out _)?.Property : null;
        var member = key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var yes = value.GetBoolean();
            return member switch
            {
                // contact-state is true when the magnet is near: the door is closed.
                "contact-state" => VoiceAnswers.Say(lang, $"{name} is {(yes ? "closed" : "open")}", $"{name}{(yes ? "关着" : "开着")}"),
                "motion-state" => VoiceAnswers.Say(lang, yes ? $"{name} sees motion" : $"{name} sees no motion", yes ? $"{name}检测到有人" : $"{name}没有检测到人"),
                "mute" => VoiceAnswers.Say(lang, $"{name} is {(yes ? "muted" : "not muted")}", $"{name}{(yes ? "静音了" : "没有静音")}"),
                _ => VoiceAnswers.Say(lang, $"{name} is {(yes ? "on" : "off")}", $"{name}{(yes ? "开着" : "关着")}"),
            };
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString();
            return string.IsNullOrEmpty(text)
                ? VoiceAnswers.Say(lang, $"nothing is playing on {name}", $"{name}现在没有在播放")
                : VoiceAnswers.Say(lang, $"{name} is playing {text}", $"{name}正在播放{text}");
        }

        if (value.ValueKind != JsonValueKind.Number)
            return VoiceAnswers.Say(lang, $"{name} reports {value}", $"{name}的状态是{value}");
        var number = value.GetDouble();
        if (property?.Value.List is { } list && list.FirstOrDefault(i => i.Value == (long)number) is { } item)
        {
            var entry = lang == "zh" && item.Descriptions?.GetValueOrDefault("zh") is { Length: > 0 } chinese ? chinese : VoicePhrases.Entry(item.Description, lang);
            return member switch
            {
                "fault" => number == 0 ? VoiceAnswers.Say(lang, $"{name} has no fault", $"{name}没有故障")
                    : VoiceAnswers.Say(lang, $"{name} reports a fault: {entry}", $"{name}有故障：{entry}"),
                "air-quality" => VoiceAnswers.Say(lang, $"the air quality {(room is null ? "" : $"in the {room} ")}is {entry}{Pm25(device, lang)}", $"{room ?? ""}空气质量{entry}{Pm25(device, lang)}"),
                _ => VoiceAnswers.Say(lang, $"{name} is {entry}", $"{name}{(entry.StartsWith('正') || entry.StartsWith('已') ? "" : "是")}{entry}"),
            };
        }

        var shown = VoicePhrases.WithUnit(key, number, lang);
        return member switch
        {
            "temperature" => VoiceAnswers.Say(lang, room is null ? $"{name} reads {shown}" : $"it is {shown} in the {room}", room is null ? $"{name}显示{shown}" : $"{room}现在{shown}"),
            "relative-humidity" => VoiceAnswers.Say(lang, room is null ? $"the humidity is {shown}" : $"the humidity in the {room} is {shown}", $"{room ?? ""}湿度是{shown}"),
            "target-temperature" => VoiceAnswers.Say(lang, $"{name} is set to {shown}", $"{name}设定在{shown}"),
            "battery-level" => VoiceAnswers.Say(lang, $"{name} has {shown} battery left", $"{name}的电量还有{shown}"),
            "volume" => VoiceAnswers.Say(lang, $"the volume of {name} is {shown}", $"{name}的音量是{shown}"),
            "brightness" => VoiceAnswers.Say(lang, $"{name} is at {shown} brightness", $"{name}的亮度是{shown}"),
            "current-position" => number switch
            {
                0 => VoiceAnswers.Say(lang, $"{name} is closed", $"{name}关着"),
                100 => VoiceAnswers.Say(lang, $"{name} is open", $"{name}开着"),
                _ => VoiceAnswers.Say(lang, $"{name} is {shown} open", $"{name}开了{shown}"),
            },
            "filter-life-level" => VoiceAnswers.Say(lang, $"the filter of {name} has {shown} life left", $"{name}的滤芯还剩{shown}"),
            "open-duration" => VoiceAnswers.Say(lang, $"{name} has been open for {shown}", $"{name}已经开了{shown}"),
            "no-motion-duration" => VoiceAnswers.Say(lang, $"{name} last saw movement {shown} ago", $"{name}已经{shown}没有检测到人了"),
            "cleaning-time" => VoiceAnswers.Say(lang, $"{name} has been cleaning for {shown}", $"{name}这次扫了{shown}"),
            "illumination" => VoiceAnswers.Say(lang, room is null ? $"{name} measures {shown} of light" : $"the light level in the {room} is {shown}", room is null ? $"{name}测到的光照是{shown}" : $"{room}的光照是{shown}"),
            "electric-power" => VoiceAnswers.Say(lang, $"{name} draws {shown}", $"{name}的功率是{shown}"),
            _ => VoiceAnswers.Say(lang, $"{name}: {shown}", $"{name}：{shown}"),
        };
    }

    private static string Pm25(Device device, string lang) =>
        Reported(device, "environment.pm25-density") is { ValueKind: JsonValueKind.Number } pm
            ? VoiceAnswers.Say(lang, $" (PM2.5 {VoicePhrases.Number(pm.GetDouble())} μg/m³)", $"，PM2.5是{VoicePhrases.Number(pm.GetDouble())}")
            : "";

    /// <summary>On, or for the robot, cleaning.</summary>
    private static bool IsRunning(HomeView home, Device device)
    {
        if (StateQuestion.KeyOf(device, home, "*.on") is not { } key || Reported(device, key) is not { } value)
            return false;
        if (value.ValueKind == JsonValueKind.True)
            return true;
        if (device.Type != "robot-vacuum" || value.ValueKind != JsonValueKind.Number || home.Profile(device) is not { } profile
            || ProfileMembers.FindProperty(profile, key, out _)?.Property.Value.List is not { } entries)
            return false;
        var status = value.GetDouble();
        return entries.Any(e => e.Value == status && (e.Description.Contains("sweep", StringComparison.OrdinalIgnoreCase) || e.Description.Contains("clean", StringComparison.OrdinalIgnoreCase)));
    }

    private static JsonElement? Reported(Device device, string key) =>
        device.Properties.TryGetValue(key, out var twin) && twin.Reported is { } reported ? reported.Value : null;
}
