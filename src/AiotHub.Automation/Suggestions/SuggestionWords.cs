using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// The words of suggestions in English and in Chinese as the Mi Home app says it ("工作日 07:10 打开走廊灯",
/// "如果 走廊人体传感器 有人移动，就 打开走廊灯"), from the devices' names and their profiles' descriptions.
/// </summary>
internal static class SuggestionWords
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static SuggestionText Device(MiningDevice device) =>
        new(device.Name, ProfileText.DeviceName(device.Name, device.Profile.Names, "zh"));

    /// <summary>What doing <paramref name="action"/> means: "turn on Hall light" / "打开走廊灯".</summary>
    public static SuggestionText Effect(MiningHistory history, MinedAction action)
    {
        var device = history.Devices[action.DeviceId];
        var name = Device(device);
        var (service, member) = Split(action.Member);
        if (action.IsCall)
        {
            var call = device.Profile.FindAction(service, member);
            var en = ProfileText.Pick(call?.Descriptions, call?.Description ?? member.Replace('-', ' '), "en");
            var zh = ProfileText.Pick(call?.Descriptions, en, "zh");
            return new($"{Lower(en)} {name.En}", $"{zh}{name.Zh}");
        }

        var property = device.Profile.FindProperty(service, member);
        if (member == "on" && action.Json is { ValueKind: JsonValueKind.True or JsonValueKind.False } on)
        {
            return on.ValueKind == JsonValueKind.True
                ? new($"turn on {name.En}", $"打开{name.Zh}")
                : new($"turn off {name.En}", $"关闭{name.Zh}");
        }

        var (propertyEn, propertyZh) = PropertyName(property, member);
        var (valueEn, valueZh) = Value(property, action.Json);
        return new($"set {name.En} {propertyEn} to {valueEn}", $"将{name.Zh}的{propertyZh}设为{valueZh}");
    }

    /// <summary>What starts a linkage: "Hall motion: motion detected" / "走廊人体传感器 有人移动".</summary>
    public static SuggestionText Trigger(MiningHistory history, MinedTrigger trigger)
    {
        if (trigger.Kind == "mode")
            return new($"the home switches to {trigger.Value} mode", $"家庭模式切换为{ModeZh(trigger.Value)}");
        var device = history.Devices[trigger.DeviceId!];
        var name = Device(device);
        var (service, member) = Split(trigger.Member!);
        if (trigger.Kind == "event")
        {
            var e = device.Profile.FindEvent(service, member);
            var en = ProfileText.Pick(e?.Descriptions, e?.Description ?? member.Replace('-', ' '), "en");
            return new($"{name.En}: {Lower(en)}", $"{name.Zh} {ProfileText.Pick(e?.Descriptions, en, "zh")}");
        }

        var property = device.Profile.FindProperty(service, member);
        var (propertyEn, propertyZh) = PropertyName(property, member);
        var json = JsonDocument.Parse(trigger.Value!).RootElement;
        if (json.ValueKind is JsonValueKind.True or JsonValueKind.False && BoolChange(member, json.ValueKind is JsonValueKind.True) is { } known)
            return new($"{name.En}{known.En}", $"{name.Zh}{known.Zh}");
        if (json.ValueKind is JsonValueKind.True)
            return new($"{name.En}: {Lower(propertyEn)}", $"{name.Zh} {propertyZh}");
        if (json.ValueKind is JsonValueKind.False)
            return new($"{name.En}: no longer {Lower(propertyEn)}", $"{name.Zh} {propertyZh}解除");
        var (valueEn, valueZh) = Value(property, json);
        return new($"{name.En} {Lower(propertyEn)} becomes {valueEn}", $"{name.Zh}{propertyZh}变为{valueZh}");
    }

    public static SuggestionText Condition(LinkCondition condition)
    {
        var first = Single(condition);
        if (condition.And is not { } and)
            return first;
        var second = Single(and);
        return new($"{first.En} {second.En}", $"{first.Zh}且{second.Zh}");
    }

    private static SuggestionText Single(LinkCondition condition) => condition.Kind switch
    {
        LinkConditionKind.Night => new("after sunset", "日落后"),
        LinkConditionKind.Day => new("during daylight", "白天"),
        LinkConditionKind.Mode => new($"while the home is in {condition.Mode} mode", $"{ModeZh(condition.Mode)}模式下"),
        LinkConditionKind.TimeWindow => new($"between {Clock(condition.After)} and {Clock(condition.Before)}", $"{Clock(condition.After)}至{Clock(condition.Before)}之间"),
        _ => new("", ""),
    };

    public static SuggestionText Days(DaySet days) => days.Name switch
    {
        "daily" => new("every day", "每天"),
        "weekdays" => new("on weekdays", "工作日"),
        "weekends" => new("at weekends", "周末"),
        _ => new(
            "on " + Join(days.Weekdays.Select(d => Invariant.DateTimeFormat.GetAbbreviatedDayName(d)).ToList(), "and"),
            "每周" + string.Join("、", days.Weekdays.Select(d => "日一二三四五六"[(int)d].ToString()))),
    };

    public static string Clock(int minuteOfDay) => string.Create(Invariant, $"{minuteOfDay / 60 % 24:00}:{minuteOfDay % 60:00}");

    public static string Weeks(MiningHistory history) =>
        Math.Max(1, (int)Math.Round((history.To - history.From).TotalDays / 7)).ToString(Invariant);

    public static string Join(IReadOnlyList<string> parts, string and) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + $" {and} " + parts[^1],
    };

    public static string Percent(double share) => string.Create(Invariant, $"{Math.Round(share * 100):0}%");

    private static (string En, string Zh) PropertyName(ProfileProperty? property, string member)
    {
        // The profile's short name in each language ("Door or window closed"), not its long technical description.
        var en = ProfileText.Pick(property?.Descriptions, property?.Description ?? member.Replace('-', ' '), "en");
        return (en, ProfileText.Pick(property?.Descriptions, en, "zh"));
    }

    private static (string En, string Zh) Value(ProfileProperty? property, JsonElement? value)
    {
        if (value is not { } json)
            return ("", "");
        if (json.ValueKind is JsonValueKind.True)
            return ("on", "开");
        if (json.ValueKind is JsonValueKind.False)
            return ("off", "关");
        if (json.ValueKind == JsonValueKind.Number && property?.Value.List is { } list && json.TryGetInt64(out var number)
            && list.FirstOrDefault(i => i.Value == number) is { } item)
            return (item.Description, ProfileText.Pick(item.Descriptions, item.Description, "zh"));
        var text = json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();
        var unit = property?.Value.Unit switch
        {
            null or "" or "none" => "",
            "percentage" => "%",
            "celsius" => " °C",
            var other => " " + other,
        };
        return (text + unit, text + unit);
    }

    // The common sensors' bool members read as what happened ("Front door opens"), not as a value that became false.
    private static SuggestionText? BoolChange(string member, bool value) => (member, value) switch
    {
        ("contact-state", true) => new(" closes", "关闭"),
        ("contact-state", false) => new(" opens", "被打开"),
        ("motion-state", true) => new(" detects motion", "检测到有人移动"),
        ("motion-state", false) => new(" no longer detects motion", "无人移动"),
        ("on", true) => new(" is switched on", "被打开"),
        ("on", false) => new(" is switched off", "被关闭"),
        _ => null,
    };

    private static string ModeZh(string? mode) => mode switch
    {
        "home" => "在家",
        "away" => "离家",
        "sleep" => "睡眠",
        _ => mode ?? "",
    };

    private static (string Service, string Member) Split(string member)
    {
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? ("", member) : (member[..dot], member[(dot + 1)..]);
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
