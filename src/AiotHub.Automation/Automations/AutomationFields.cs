using System.Text.Json;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Reads the members of one JSON object of a definition, adding a problem at the member's path for
/// each one that is missing, of the wrong type or not one of the members the element may have
/// (a typo such as "for " or "deviceID" is an error, not silently ignored).
/// </summary>
internal sealed class AutomationFields
{
    private readonly JsonElement _element;
    private readonly List<ProfileError> _errors;

    public AutomationFields(JsonElement element, string path, List<ProfileError> errors, string what, params string[] members)
    {
        _element = element;
        _errors = errors;
        Path = path;
        foreach (var member in element.EnumerateObject())
        {
            if (System.Array.IndexOf(members, member.Name) < 0)
                Error(JsonPath.Member(path, member.Name), $"unknown field; {what} has {string.Join(", ", members)}");
        }
    }

    public string Path { get; }

    public string Member(string name) => JsonPath.Member(Path, name);

    public bool Has(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public void Error(string path, string message) => _errors.Add(new ProfileError(path, message));

    public string? Text(string name, bool required, int maxLength = 200)
    {
        if (!TryGet(name, required, out var value))
            return null;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            Error(Member(name), $"expected a text of 1 to {maxLength} characters, got {AutomationValues.Describe(value)}");
            return null;
        }

        return text;
    }

    public double? Number(string name, bool required = false, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!TryGet(name, required, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < min || number > max)
        {
            Error(Member(name), min == double.MinValue ? $"expected a number, got {AutomationValues.Describe(value)}" : $"expected a number from {min} to {max}, got {AutomationValues.Describe(value)}");
            return null;
        }

        return number;
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, false, out var value))
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Error(Member(name), $"expected true or false, got {AutomationValues.Describe(value)}");
        return null;
    }

    /// <summary>A value to compare with: a string, number or boolean.</summary>
    public JsonElement? Scalar(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            return value.Clone();
        Error(Member(name), $"expected a string, number or true/false, got {AutomationValues.Describe(value)}");
        return null;
    }

    public JsonElement? Object(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Object)
            return value.Clone();
        Error(Member(name), $"expected an object, got {AutomationValues.Describe(value)}");
        return null;
    }

    /// <summary>An array of 1 (0 with <paramref name="allowEmpty"/>) to <paramref name="maxItems"/> elements.</summary>
    public JsonElement? Array(string name, bool required, int maxItems = AutomationReader.MaxItems, bool allowEmpty = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        var range = allowEmpty ? $"0 to {maxItems}" : $"1 to {maxItems}";
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(Member(name), $"expected an array of {range} elements, got {AutomationValues.Describe(value)}");
            return null;
        }

        var length = value.GetArrayLength();
        if (length > maxItems)
        {
            var what = name is "actions" or "triggers" or "conditions" ? name : $"elements in \"{name}\"";
            Error(Member(name), $"too many {what}: {length}; at most {maxItems}");
            return null;
        }

        if (length == 0 && !allowEmpty)
        {
            Error(Member(name), $"an empty array; \"{name}\" needs {range} elements");
            return null;
        }

        return value;
    }

    /// <summary>An array of distinct texts; null after a problem.</summary>
    public IReadOnlyList<string>? Texts(string name, bool required, int maxLength = 64)
    {
        if (Array(name, required) is not { } array)
            return null;
        var texts = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonPath.Index(Member(name), index++);
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
                Error(path, $"expected a text of 1 to {maxLength} characters, got {AutomationValues.Describe(item)}");
            else if (texts.Contains(text))
                Error(path, $"'{text}' is listed twice");
            else
                texts.Add(text);
        }

        return texts.Count == array.GetArrayLength() ? texts : null;
    }

    public TimeSpan? Duration(string name, bool required = false, bool allowNegative = false, bool allowZero = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!AutomationDurations.TryParseDuration(text, allowNegative, out var duration))
        {
            Error(Member(name), $"expected a duration such as \"30s\", \"5m\" or \"1h30m\"{(allowNegative ? " (\"-30m\" before)" : "")}, got {Show(value)}");
            return null;
        }

        if (duration == TimeSpan.Zero && !allowZero)
        {
            Error(Member(name), "the duration must be more than zero");
            return null;
        }

        return duration;
    }

    public TimeOnly? Time(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        return ReadTime(value, Member(name));
    }

    public TimeOnly? ReadTime(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && AutomationDurations.TryParseTime(value.GetString(), out var time))
            return time;
        Error(path, $"expected a time of day \"HH:mm\" or \"HH:mm:ss\" (00:00 to 23:59:59), got {Show(value)}");
        return null;
    }

    public IReadOnlySet<DayOfWeek>? Weekdays()
    {
        if (Texts("weekdays", false, 16) is not { } names)
            return null;
        var days = new HashSet<DayOfWeek>();
        for (var i = 0; i < names.Count; i++)
        {
            if (AutomationDurations.TryParseWeekday(names[i], out var day))
                days.Add(day);
            else
                Error(JsonPath.Index(Member("weekdays"), i), $"expected a weekday: mon, tue, wed, thu, fri, sat or sun, got '{names[i]}'");
        }

        return days.Count == names.Count ? days : null;
    }

    public SunEventKind? SunEvent(string name, bool required)
    {
        if (Text(name, required, 16) is not { } text)
            return null;
        SunEventKind? kind = text switch
        {
            "sunrise" => SunEventKind.Sunrise,
            "sunset" => SunEventKind.Sunset,
            "solar-noon" => SunEventKind.SolarNoon,
            "civil-dawn" => SunEventKind.CivilDawn,
            "civil-dusk" => SunEventKind.CivilDusk,
            _ => null,
        };
        if (kind is null)
            Error(Member(name), $"expected sunrise, sunset, solar-noon, civil-dawn or civil-dusk, got '{text}'");
        return kind;
    }

    /// <summary>One of <paramref name="choices"/>; null (and a problem) otherwise.</summary>
    public string? Choice(string name, bool required, params string[] choices)
    {
        if (Text(name, required, 32) is not { } text)
            return null;
        if (System.Array.IndexOf(choices, text) >= 0)
            return text;
        Error(Member(name), $"expected {string.Join(" | ", choices)}, got '{text}'");
        return null;
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        if (required)
            Error(Member(name), "required");
        return false;
    }

    private static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? "'" + value.GetString() + "'" : AutomationValues.Describe(value);
}
