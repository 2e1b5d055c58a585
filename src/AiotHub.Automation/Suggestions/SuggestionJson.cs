using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Writes what a suggestion would create, in the hub's own formats: an automation (docs/automations.md) or a scene
/// (the scenes create body). Written with <see cref="Utf8JsonWriter"/>: the project is trimmed and AOT-compatible.
/// </summary>
internal static class SuggestionJson
{
    public const int MaxAutomationName = 100;
    public const int MaxSceneName = 64;

    public static JsonElement TimeRoutine(string name, string description, int minuteOfDay, DaySet days, IReadOnlyList<MinedAction> actions) =>
        Write(writer =>
        {
            Header(writer, name, description);
            writer.WriteStartArray("triggers");
            writer.WriteStartObject();
            writer.WriteString("kind", "time");
            writer.WriteString("at", SuggestionWords.Clock(minuteOfDay));
            if (days.FormatWeekdays is { } weekdays)
            {
                writer.WriteStartArray("weekdays");
                foreach (var day in weekdays)
                    writer.WriteStringValue(day);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            Actions(writer, actions);
            writer.WriteEndObject();
        });

    public static JsonElement Linkage(string name, string description, MinedTrigger trigger, LinkCondition condition, MinedAction action) =>
        Write(writer =>
        {
            Header(writer, name, description);
            writer.WriteStartArray("triggers");
            writer.WriteStartObject();
            writer.WriteString("kind", trigger.Kind);
            switch (trigger.Kind)
            {
                case "property":
                    writer.WriteString("deviceId", trigger.DeviceId);
                    writer.WriteString("property", trigger.Member);
                    writer.WritePropertyName("to");
                    writer.WriteRawValue(trigger.Value!);
                    break;
                case "event":
                    writer.WriteString("deviceId", trigger.DeviceId);
                    writer.WriteString("event", trigger.Member);
                    break;
                case "mode":
                    writer.WriteString("to", trigger.Value);
                    break;
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            if (condition.Kind != LinkConditionKind.None)
            {
                writer.WriteStartArray("conditions");
                condition.Write(writer);
                writer.WriteEndArray();
            }

            Actions(writer, [action]);
            writer.WriteEndObject();
        });

    public static JsonElement Scene(string name, IReadOnlyList<MinedAction> settings) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("name", Fit(name, MaxSceneName));
            writer.WriteStartArray("steps");
            foreach (var device in settings.GroupBy(s => s.DeviceId, StringComparer.Ordinal))
            {
                var sets = device.Where(s => !s.IsCall).ToList();
                if (sets.Count > 0)
                {
                    writer.WriteStartObject();
                    writer.WriteString("deviceId", device.Key);
                    writer.WriteStartObject("set");
                    foreach (var set in sets)
                    {
                        writer.WritePropertyName(set.Member);
                        writer.WriteRawValue(set.Value);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                foreach (var call in device.Where(s => s.IsCall))
                {
                    writer.WriteStartObject();
                    writer.WriteString("deviceId", device.Key);
                    writer.WriteString("call", call.Member);
                    if (call.Json is { ValueKind: JsonValueKind.Object } args)
                    {
                        writer.WritePropertyName("in");
                        args.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>One action doing what the person did: a set of one property, or a call with its arguments.</summary>
    public static void Action(Utf8JsonWriter writer, MinedAction action)
    {
        writer.WriteStartObject();
        if (action.IsCall)
        {
            writer.WriteString("kind", "call");
            writer.WriteString("deviceId", action.DeviceId);
            writer.WriteString("action", action.Member);
            if (action.Json is { ValueKind: JsonValueKind.Object } args)
            {
                writer.WritePropertyName("in");
                args.WriteTo(writer);
            }
        }
        else
        {
            writer.WriteString("kind", "set");
            writer.WriteString("deviceId", action.DeviceId);
            writer.WriteStartObject("properties");
            writer.WritePropertyName(action.Member);
            writer.WriteRawValue(action.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            write(writer);
        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    public static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private static void Header(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Fit(name, MaxAutomationName));
        writer.WriteString("description", Fit(description, 1000));
        writer.WriteString("mode", "single");
    }

    /// <summary>The actions: the settings of one device in one set action, calls one each.</summary>
    private static void Actions(Utf8JsonWriter writer, IReadOnlyList<MinedAction> actions)
    {
        writer.WriteStartArray("actions");
        foreach (var device in actions.GroupBy(a => a.DeviceId, StringComparer.Ordinal))
        {
            var sets = device.Where(a => !a.IsCall).ToList();
            if (sets.Count > 0)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", "set");
                writer.WriteString("deviceId", device.Key);
                writer.WriteStartObject("properties");
                foreach (var set in sets)
                {
                    writer.WritePropertyName(set.Member);
                    writer.WriteRawValue(set.Value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            foreach (var call in device.Where(a => a.IsCall))
                Action(writer, call);
        }

        writer.WriteEndArray();
    }
}
