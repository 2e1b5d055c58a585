using System.Globalization;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Schedules;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Checks conditions against the twin, the home mode, the clock and the sun, recording each result with a sentence saying what was compared.</summary>
internal sealed class ConditionEvaluator(DeviceRegistry registry, HomeModes modes, TimeProvider time, HomeLocation location)
{
    /// <summary>True when all hold; every condition checked is added to <paramref name="record"/> (nested ones too), stopping at the first false.</summary>
    public bool All(IReadOnlyList<AutomationCondition> conditions, string homeId, string? triggerId, List<AutomationRunCondition> record)
    {
        foreach (var condition in conditions)
        {
            if (!Check(condition, homeId, triggerId, record))
                return false;
        }

        return true;
    }

    public bool Check(AutomationCondition condition, string homeId, string? triggerId, List<AutomationRunCondition> record)
    {
        var (result, description) = condition switch
        {
            LogicCondition l => Logic(l, homeId, triggerId, record),
            PropertyCondition p => Property(p),
            AvailabilityCondition a => Availability(a),
            ModeCondition m => Mode(m, homeId),
            TriggerCondition t => (triggerId is not null && t.Ids.Contains(triggerId, StringComparer.Ordinal),
                $"the run's trigger {(triggerId is null ? "has no id" : $"is \"{triggerId}\"")}; wanted {string.Join(" or ", t.Ids)}"),
            TimeCondition t => Time(t),
            SunCondition s => Sun(s),
            _ => (false, $"unknown condition kind {condition.Kind}"),
        };
        lock (record)
            record.Add(new AutomationRunCondition(condition.Path, condition.Kind, result, description));
        return result;
    }

    private (bool, string) Logic(LogicCondition logic, string homeId, string? triggerId, List<AutomationRunCondition> record)
    {
        var results = new List<bool>();
        foreach (var inner in logic.Conditions)
        {
            var held = Check(inner, homeId, triggerId, record);
            results.Add(held);
            // Short-circuit as the words say: "and" stops at a false, "or" at a true.
            if (logic.Operator == LogicOperator.And && !held || logic.Operator == LogicOperator.Or && held)
                break;
        }

        var heldCount = results.Count(r => r);
        return logic.Operator switch
        {
            LogicOperator.And => (results.All(r => r), $"{heldCount} of {logic.Conditions.Count} held; all must"),
            LogicOperator.Or => (results.Any(r => r), $"{heldCount} of {logic.Conditions.Count} held; one must"),
            _ => (heldCount == 0, $"{heldCount} of {logic.Conditions.Count} held; none may"),
        };
    }

    private (bool, string) Property(PropertyCondition condition)
    {
        if (!registry.TryGetDevice(condition.DeviceId, out var device))
            return (false, $"{condition.DeviceId} is not in the registry");
        if (!device.Properties.TryGetValue(condition.Property, out var twin) || twin.Reported is not { } reported)
            return (false, $"{condition.DeviceId} {condition.Property} was never reported");
        var value = reported.Value;
        var text = $"{condition.DeviceId} {condition.Property} is {value.GetRawText()}";
        if (condition.EqualTo is { } equal && !TriggerMatcher.ValuesEqual(equal, value))
            return (false, text + $", not {equal.GetRawText()}");
        if (condition.NotEqualTo is { } notEqual && TriggerMatcher.ValuesEqual(notEqual, value))
            return (false, text + $", which it must not be");
        if (condition.In is { } any && !any.Any(v => TriggerMatcher.ValuesEqual(v, value)))
            return (false, text + $", not one of {string.Join(", ", any.Select(v => v.GetRawText()))}");
        if ((condition.Above is not null || condition.Below is not null) && !TriggerMatcher.InRange(condition.Above, condition.Below, value))
            return (false, text + $", outside {Range(condition.Above, condition.Below)}");
        return (true, text);
    }

    private (bool, string) Availability(AvailabilityCondition condition)
    {
        if (!registry.TryGetDevice(condition.DeviceId, out var device))
            return (false, $"{condition.DeviceId} is not in the registry");
        var state = device.Availability.State;
        return (state == condition.Is, $"{condition.DeviceId} is {RunTriggers.Lower(state)}; wanted {RunTriggers.Lower(condition.Is)}");
    }

    private (bool, string) Mode(ModeCondition condition, string homeId)
    {
        var mode = modes.GetMode(homeId);
        return (condition.In.Contains(mode, StringComparer.Ordinal), $"the home mode is {mode}; wanted {string.Join(" or ", condition.In)}");
    }

    private (bool, string) Time(TimeCondition condition)
    {
        var local = location.Local(time.GetUtcNow());
        var now = TimeOnly.FromDateTime(local);
        var day = local.DayOfWeek;
        bool inWindow;
        if (condition is { After: { } after, Before: { } before } && after > before)
        {
            // Crosses midnight: after the start today, or before the end of a window that started yesterday.
            inWindow = now >= after || now < before;
            if (now < before)
                day = local.AddDays(-1).DayOfWeek;
        }
        else
        {
            inWindow = (condition.After is not { } a || now >= a) && (condition.Before is not { } b || now < b);
        }

        var weekdayOk = condition.Weekdays is not { } days || days.Contains(day);
        var window = condition.After is null && condition.Before is null ? "" : $" (window {condition.After?.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "start of day"}–{condition.Before?.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "end of day"}";
        var weekdays = condition.Weekdays is { } w ? $"{(window.Length == 0 ? " (" : ", ")}on {string.Join(", ", w.Order().Select(d => d.ToString()[..3].ToLowerInvariant()))}" : "";
        var close = window.Length + weekdays.Length > 0 ? ")" : "";
        return (inWindow && weekdayOk, $"it is {local:ddd HH:mm:ss} in {location.Zone.Id}{window}{weekdays}{close}");
    }

    private (bool, string) Sun(SunCondition condition)
    {
        if (location.Latitude is not { } lat || location.Longitude is not { } lon)
            return (false, "the hub has no latitude/longitude configured, so the sun is unknown");
        var now = time.GetUtcNow();
        var times = SunCalculator.GetTimes(DateOnly.FromDateTime(location.Local(now)), lat, lon);
        var parts = new List<string>();
        DateTimeOffset? after = condition.After is { } a ? times.Get(a) + condition.AfterOffset : null;
        DateTimeOffset? before = condition.Before is { } b ? times.Get(b) + condition.BeforeOffset : null;
        var afterOk = condition.After is null || after is { } x && now >= x;
        var beforeOk = condition.Before is null || before is { } y && now < y;
        if (condition.After is { } ak)
            parts.Add($"{RunTriggers.Lower(ak)} is {At(after)}");
        if (condition.Before is { } bk)
            parts.Add($"{RunTriggers.Lower(bk)} is {At(before)}");
        // "after sunset, before sunrise" is the night: either side of midnight.
        var held = after is { } s && before is { } e && s > e ? afterOk || beforeOk : afterOk && beforeOk;
        if (condition.ElevationAbove is not null || condition.ElevationBelow is not null)
        {
            var elevation = SunCalculator.GetPosition(now, lat, lon).Elevation;
            held &= (condition.ElevationAbove is not { } above || elevation > above) && (condition.ElevationBelow is not { } below || elevation < below);
            parts.Add($"the sun is {elevation.ToString("0.#", CultureInfo.InvariantCulture)}° high");
        }

        return (held, $"at {location.Local(now):HH:mm:ss}: {string.Join(", ", parts)}");
    }

    private string At(DateTimeOffset? instant) => instant is { } i ? location.Local(i).ToString("HH:mm:ss", CultureInfo.InvariantCulture) : "not today";

    private static string Range(double? above, double? below) =>
        $"({above?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {below?.ToString(CultureInfo.InvariantCulture) ?? "∞"})";
}
