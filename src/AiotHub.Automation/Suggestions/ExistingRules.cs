using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// The home's automations and scenes as the miner compares them with what it found: a suggestion whose trigger and
/// effect an automation already has, or whose settings a scene already makes, is not made (issue 16: "a suggestion
/// never repeats an existing automation or scene"). Reads definitions leniently: they were validated when stored.
/// </summary>
internal sealed class ExistingRules
{
    private readonly List<(List<JsonElement> Triggers, HashSet<string> Effects)> _automations = [];
    private readonly List<HashSet<string>> _scenes = [];

    public ExistingRules(MiningInput input)
    {
        foreach (var automation in input.Automations)
        {
            var body = Definition(automation);
            if (body.ValueKind != JsonValueKind.Object)
                continue;
            var triggers = body.TryGetProperty("triggers", out var t) && t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().ToList() : [];
            var effects = new HashSet<string>(StringComparer.Ordinal);
            if (body.TryGetProperty("actions", out var actions))
                CollectEffects(actions, effects, 0);
            _automations.Add((triggers, effects));
        }

        foreach (var scene in input.Scenes)
        {
            var body = Definition(scene);
            var settings = new HashSet<string>(StringComparer.Ordinal);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array)
            {
                foreach (var step in steps.EnumerateArray())
                {
                    if (step.ValueKind != JsonValueKind.Object || !step.TryGetProperty("deviceId", out var device) || device.ValueKind != JsonValueKind.String)
                        continue;
                    if (step.TryGetProperty("set", out var set) && set.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in set.EnumerateObject())
                            settings.Add(EffectKey(device.GetString()!, false, property.Name, property.Value.GetRawText()));
                    }
                    else if (step.TryGetProperty("call", out var call) && call.ValueKind == JsonValueKind.String)
                    {
                        settings.Add(EffectKey(device.GetString()!, true, call.GetString()!, null));
                    }
                }
            }

            _scenes.Add(settings);
        }
    }

    public static JsonElement Definition(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("definition", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : element;

    public static string EffectKey(string deviceId, bool isCall, string member, string? value) =>
        isCall ? $"{deviceId}|call|{member}" : $"{deviceId}|set|{member}|{value}";

    public static string EffectKey(MinedAction action) => EffectKey(action.DeviceId, action.IsCall, action.Member, action.Value);

    /// <summary>An automation with a time trigger within the routine's tolerance that does the same.</summary>
    public bool HasTimeRoutine(MinedAction effect, int minuteOfDay) =>
        _automations.Any(a => a.Effects.Contains(EffectKey(effect)) && a.Triggers.Any(t => Kind(t) == "time" && TimesOf(t).Any(m =>
            Math.Min(Math.Abs(m - minuteOfDay), 1440 - Math.Abs(m - minuteOfDay)) <= MiningThresholds.TimeToleranceMinutes)));

    /// <summary>An automation started by the same device member (or mode) that does the same.</summary>
    public bool HasLinkage(MinedTrigger trigger, MinedAction effect) =>
        _automations.Any(a => a.Effects.Contains(EffectKey(effect)) && a.Triggers.Any(t => trigger.Kind == "mode"
            ? Kind(t) == "mode"
            : Text(t, "deviceId") == trigger.DeviceId && (Kind(t) == "tv" || (Text(t, "property") ?? Text(t, "event")) is var m && (m is null || m == trigger.Member))));

    /// <summary>A scene that sets both the trigger's value and the effect: a "linkage" that is the scene set by hand.</summary>
    public bool InOneScene(MinedTrigger trigger, MinedAction effect) =>
        trigger.Kind == "property" && _scenes.Any(s => s.Contains(EffectKey(trigger.DeviceId!, false, trigger.Member!, trigger.Value)) && s.Contains(EffectKey(effect)));

    /// <summary>A scene that makes all of these settings already.</summary>
    public bool HasScene(IEnumerable<MinedAction> settings) => _scenes.Any(s => settings.All(a => s.Contains(EffectKey(a))));

    private static void CollectEffects(JsonElement element, HashSet<string> effects, int depth)
    {
        if (depth > 16)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                CollectEffects(item, effects, depth + 1);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
            return;
        var device = Text(element, "deviceId");
        switch (Kind(element))
        {
            case "set" when device is not null && element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object:
                foreach (var property in properties.EnumerateObject())
                    effects.Add(EffectKey(device, false, property.Name, property.Value.GetRawText()));
                break;
            case "call" when device is not null && Text(element, "action") is { } action:
                effects.Add(EffectKey(device, true, action, null));
                break;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                CollectEffects(property.Value, effects, depth + 1);
        }
    }

    private static IEnumerable<int> TimesOf(JsonElement trigger)
    {
        if (!trigger.TryGetProperty("at", out var at))
            yield break;
        foreach (var value in at.ValueKind == JsonValueKind.Array ? at.EnumerateArray().ToList() : [at])
        {
            if (value.ValueKind == JsonValueKind.String && TimeOnly.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var time))
                yield return (time.Hour * 60) + time.Minute;
        }
    }

    private static string? Kind(JsonElement element) => Text(element, "kind");

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
