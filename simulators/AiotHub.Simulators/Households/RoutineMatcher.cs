using System.Text.Json;
using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>
/// Matches a miner's suggestions with a household's planted routines by reading what each suggestion's automation or
/// scene would do (simulators/README.md "Households" lists the rules). In short: the same kind; every planted effect
/// set to the same value and no other device touched; a time routine's time within
/// max(<see cref="MinimumTimeTolerance"/>, 3 × its jitter) and exactly its weekdays; a linkage's trigger one of the
/// planted forms and, when the routine has a condition, a condition that says it (sun after sunset, the mode, the
/// window); a correction changes that automation and, for a daylight undo, adds a sun or time condition.
/// </summary>
public static class RoutineMatcher
{
    public static readonly TimeSpan MinimumTimeTolerance = TimeSpan.FromMinutes(20);

    private static readonly string[] WeekdayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Scores suggestions against the household's truth (decoys and everything else count as false).</summary>
    public static MatchReport Score(Household household, IReadOnlyList<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Score(household.Truth, suggestions, household.Devices, household.Decoys);
    }

    public static MatchReport Score(IReadOnlyList<PlantedRoutine> truth, IReadOnlyList<Suggestion> suggestions, IReadOnlyList<HouseholdDevice> devices,
        IReadOnlyList<PlantedRoutine>? decoys = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(devices);
        var byId = devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var matches = new List<RoutineMatch>();
        var wrong = new List<FalseSuggestion>();
        foreach (var suggestion in suggestions)
        {
            var shape = SuggestionShape.Read(suggestion.Automation, suggestion.Scene, byId);
            var found = truth.FirstOrDefault(r => Mismatch(r, suggestion, shape) is null);
            if (found is null)
            {
                wrong.Add(new FalseSuggestion(suggestion, Explain(truth, decoys ?? [], suggestion, shape)));
            }
            else if (matches.FirstOrDefault(m => m.Routine == found) is { } earlier)
            {
                wrong.Add(new FalseSuggestion(suggestion, $"a second suggestion for {found.Id} (first: {earlier.Suggestion.Key})"));
            }
            else
            {
                matches.Add(new RoutineMatch(found, suggestion));
            }
        }

        return new MatchReport(matches, wrong, [.. truth.Where(r => matches.All(m => m.Routine != r))]);
    }

    /// <summary>Null when the suggestion is the planted routine; otherwise why not.</summary>
    public static string? Mismatch(PlantedRoutine routine, Suggestion suggestion, IReadOnlyList<HouseholdDevice> devices)
    {
        ArgumentNullException.ThrowIfNull(routine);
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(devices);
        var byId = devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return Mismatch(routine, suggestion, SuggestionShape.Read(suggestion.Automation, suggestion.Scene, byId));
    }

    private static string? Mismatch(PlantedRoutine routine, Suggestion suggestion, SuggestionShape shape)
    {
        if (suggestion.Kind != routine.Kind)
            return $"kind {suggestion.Kind}, planted {routine.Kind}";
        if (routine.Kind == SuggestionKind.Correction)
        {
            if (suggestion.ChangesAutomationId != routine.AutomationId)
                return $"changes {suggestion.ChangesAutomationId ?? "nothing"}, planted {routine.AutomationId}";
            return routine.Condition.Kind == PlantedConditionKind.None
                || shape.Conditions.Any(c => Says(routine.Condition, c) || (routine.Condition.Kind == PlantedConditionKind.AfterSunset && SuggestionShape.Text(c, "kind") == "time"))
                ? null : $"no condition for {routine.Condition}";
        }

        if (EffectsMismatch(routine, shape) is { } effects)
            return effects;
        return routine.Kind switch
        {
            SuggestionKind.TimeRoutine => TimeMismatch(routine, shape),
            SuggestionKind.Linkage => LinkageMismatch(routine, shape),
            _ => null,
        };
    }

    private static string? EffectsMismatch(PlantedRoutine routine, SuggestionShape shape)
    {
        var planted = routine.Effects.Select(e => e.DeviceId).ToHashSet(StringComparer.Ordinal);
        if (shape.Sets.Keys.FirstOrDefault(k => !planted.Contains(k.DeviceId)) is { DeviceId: not null } other)
            return $"sets {other.DeviceId} {other.Member}, not a device of {routine.Id}";
        foreach (var effect in routine.Effects)
        {
            var want = shape.Canonical(effect.DeviceId, effect.Member, effect.Value);
            if (!shape.Sets.TryGetValue((effect.DeviceId, effect.Member), out var got))
                return $"does not set {effect.DeviceId} {effect.Member}";
            if (got != want)
                return $"sets {effect.DeviceId} {effect.Member} to {got}, planted {want}";
        }

        return null;
    }

    private static string? TimeMismatch(PlantedRoutine routine, SuggestionShape shape)
    {
        var tolerance = TimeSpan.FromTicks(Math.Max(MinimumTimeTolerance.Ticks, routine.Jitter.Ticks * 3));
        var planted = routine.Days.Select(d => WeekdayNames[(int)d]).ToHashSet(StringComparer.Ordinal);
        var reasons = new List<string>();
        foreach (var trigger in shape.Triggers.Where(t => SuggestionShape.Text(t, "kind") == "time"))
        {
            var times = trigger.TryGetProperty("at", out var at) && at.ValueKind == JsonValueKind.Array
                ? at.EnumerateArray().Select(e => e.GetString()).ToList() : [SuggestionShape.Text(trigger, "at")];
            var days = SuggestionShape.Array(trigger, "weekdays").Select(d => d.GetString()!).ToHashSet(StringComparer.Ordinal);
            if (days.Count == 0)
                days = [.. WeekdayNames];
            var near = times.Any(t => TimeOnly.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var time)
                && Distance(time, routine.At!.Value) <= tolerance);
            if (!near)
                reasons.Add($"at {string.Join(",", times)}, planted {routine.At:HH\\:mm} ± {tolerance.TotalMinutes:0} min");
            else if (!days.SetEquals(planted))
                reasons.Add($"on {string.Join(",", days.Order(StringComparer.Ordinal))}, planted {string.Join(",", planted.Order(StringComparer.Ordinal))}");
            else
                return null;
        }

        return reasons.Count == 0 ? "no time trigger" : string.Join("; ", reasons);
    }

    private static string? LinkageMismatch(PlantedRoutine routine, SuggestionShape shape)
    {
        if (!shape.Triggers.Any(t => routine.Triggers.Any(p => Fires(p, t, shape))))
            return $"no trigger like {string.Join(" or ", routine.Triggers)}";
        if (routine.Condition.Kind == PlantedConditionKind.None || shape.Conditions.Any(c => Says(routine.Condition, c)))
            return null;
        return $"no condition for {routine.Condition}";
    }

    private static bool Fires(PlantedTrigger planted, JsonElement trigger, SuggestionShape shape)
    {
        if (SuggestionShape.Text(trigger, "deviceId") != planted.DeviceId)
            return false;
        switch (SuggestionShape.Text(trigger, "kind"))
        {
            case "event":
                return planted.Event is not null && SuggestionShape.Text(trigger, "event") == planted.Event;
            case "property":
                return planted.Member is not null && SuggestionShape.Text(trigger, "property") == planted.Member && trigger.TryGetProperty("to", out var to)
                    && shape.Canonical(planted.DeviceId, planted.Member, to) == shape.Canonical(planted.DeviceId, planted.Member, planted.Value!.Value);
            case "tv":
                return planted.Member is not null && planted.Member.EndsWith(".playback-state", StringComparison.Ordinal)
                    && trigger.TryGetProperty("playback", out var playback)
                    && shape.Canonical(planted.DeviceId, planted.Member, playback) == shape.Canonical(planted.DeviceId, planted.Member, planted.Value!.Value);
            default:
                return false;
        }
    }

    private static bool Says(PlantedCondition planted, JsonElement condition)
    {
        var kind = SuggestionShape.Text(condition, "kind");
        switch (planted.Kind)
        {
            case PlantedConditionKind.AfterSunset:
                return kind == "sun" && (SuggestionShape.Text(condition, "after") is "sunset" or "civil-dusk" || condition.TryGetProperty("elevationBelow", out _));
            case PlantedConditionKind.Mode:
                var modes = SuggestionShape.Array(condition, "in").Select(m => m.GetString()).ToList();
                return kind == "mode" && modes.Contains(planted.Mode) && modes.Count < 3;
            case PlantedConditionKind.TimeWindow:
                return kind == "time" && TimeOnly.TryParse(SuggestionShape.Text(condition, "after"), System.Globalization.CultureInfo.InvariantCulture, out var after)
                    && TimeOnly.TryParse(SuggestionShape.Text(condition, "before"), System.Globalization.CultureInfo.InvariantCulture, out var before)
                    && Distance(after, planted.After!.Value) <= TimeSpan.FromHours(1) && Distance(before, planted.Before!.Value) <= TimeSpan.FromHours(1);
            default:
                return true;
        }
    }

    private static string Explain(IReadOnlyList<PlantedRoutine> truth, IReadOnlyList<PlantedRoutine> decoys, Suggestion suggestion, SuggestionShape shape)
    {
        if (decoys.FirstOrDefault(d => Mismatch(d, suggestion, shape) is null) is { } decoy)
            return $"the decoy {decoy.Id} ({decoy.Description}, {decoy.Occurrences.Count}×)";
        var devices = shape.Sets.Keys.Select(k => k.DeviceId).ToHashSet(StringComparer.Ordinal);
        var near = truth.Where(r => r.Kind == suggestion.Kind && (r.Effects.Any(e => devices.Contains(e.DeviceId)) || r.AutomationId == suggestion.ChangesAutomationId)).ToList();
        return near.Count == 0
            ? $"no planted {suggestion.Kind} on {(devices.Count == 0 ? "these devices" : string.Join(", ", devices))}"
            : string.Join("; ", near.Select(r => $"not {r.Id}: {Mismatch(r, suggestion, shape)}"));
    }

    private static TimeSpan Distance(TimeOnly a, TimeOnly b)
    {
        var difference = (a - b).Duration();
        return difference > TimeSpan.FromHours(12) ? TimeSpan.FromHours(24) - difference : difference;
    }
}
