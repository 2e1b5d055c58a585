using System.Globalization;
using System.Text.Json;

namespace AiotHub.Simulators.Households;

/// <summary>
/// What a suggestion's automation or scene does, read from its JSON (docs/automations.md, the scenes body): its
/// triggers, its conditions (and-groups and if-conditions flattened), and the members it sets, by device
/// (set actions at any depth, scene steps). Values are kept in a canonical text: value-list descriptions become
/// their numbers, numbers their shortest form.
/// </summary>
internal sealed class SuggestionShape
{
    private readonly IReadOnlyDictionary<string, HouseholdDevice> _devices;

    private SuggestionShape(IReadOnlyDictionary<string, HouseholdDevice> devices) => _devices = devices;

    public List<JsonElement> Triggers { get; } = [];

    public List<JsonElement> Conditions { get; } = [];

    /// <summary>(device, member) → canonical value.</summary>
    public Dictionary<(string DeviceId, string Member), string> Sets { get; } = [];

    public static SuggestionShape Read(JsonElement? automation, JsonElement? scene, IReadOnlyDictionary<string, HouseholdDevice> devices)
    {
        var shape = new SuggestionShape(devices);
        if (automation is { ValueKind: JsonValueKind.Object } a)
        {
            foreach (var trigger in Array(a, "triggers"))
                shape.Triggers.Add(trigger);
            shape.AddConditions(Array(a, "conditions"));
            shape.AddActions(Array(a, "actions"));
        }

        if (scene is { ValueKind: JsonValueKind.Object } s)
        {
            foreach (var step in Array(s, "steps"))
                shape.AddSet(step, "set");
        }

        return shape;
    }

    /// <summary>The canonical text of a value of a device's member (a value-list description → its number).</summary>
    public string Canonical(string deviceId, string member, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Number:
                return value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                var text = value.GetString()!;
                var dot = member.IndexOf('.', StringComparison.Ordinal);
                if (dot > 0 && _devices.TryGetValue(deviceId, out var device)
                    && device.Profile.FindProperty(member[..dot], member[(dot + 1)..])?.Value.List is { } list
                    && list.FirstOrDefault(i => string.Equals(i.Description, text, StringComparison.OrdinalIgnoreCase)) is { } item)
                {
                    return ((double)item.Value).ToString("R", CultureInfo.InvariantCulture);
                }

                return "\"" + text + "\"";
            default:
                return value.GetRawText();
        }
    }

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray() : [];

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void AddConditions(IEnumerable<JsonElement> conditions)
    {
        foreach (var condition in conditions)
        {
            if (Text(condition, "kind") == "and")
                AddConditions(Array(condition, "conditions"));
            else
                Conditions.Add(condition);
        }
    }

    private void AddActions(IEnumerable<JsonElement> actions)
    {
        foreach (var action in actions)
        {
            switch (Text(action, "kind"))
            {
                case "set":
                    AddSet(action, "properties");
                    break;
                case "if":
                    AddConditions(Array(action, "conditions"));
                    AddActions(Array(action, "then"));
                    AddActions(Array(action, "else"));
                    break;
                case "choose":
                    foreach (var option in Array(action, "options"))
                        AddActions(Array(option, "actions"));
                    AddActions(Array(action, "default"));
                    break;
            }
        }
    }

    private void AddSet(JsonElement element, string name)
    {
        if (Text(element, "deviceId") is not { } deviceId || !element.TryGetProperty(name, out var properties) || properties.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in properties.EnumerateObject())
            Sets[(deviceId, property.Name)] = Canonical(deviceId, property.Name, property.Value);
    }
}
