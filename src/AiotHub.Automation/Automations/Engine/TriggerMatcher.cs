using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Whether an event fires a trigger (docs/automations.md "Triggers"); allocation-free, so matching stays cheap.</summary>
internal static class TriggerMatcher
{
    public static bool Matches(AutomationTrigger trigger, HomeEvent homeEvent) => (trigger, homeEvent.Data) switch
    {
        (PropertyTrigger p, PropertyChanged c) => Property(p, c.Old, c.New),
        (EventTrigger e, DeviceEvent d) => Event(e, d.Arguments),
        (AvailabilityTrigger a, AvailabilityChanged c) => Availability(a.To, c),
        (ModeTrigger m, HomeModeChanged c) => Mode(m, c),
        _ => false,
    };

    /// <summary>
    /// A change fires when every given part holds: From equals the old value, To the new one, and the
    /// new value entered Above..Below from outside it (a crossing, not every report inside the range).
    /// With none of them, any change fires. A report of the same value is no change.
    /// </summary>
    public static bool Property(PropertyTrigger trigger, JsonElement? old, JsonElement? @new)
    {
        if (old is { } o && @new is { } n && ValuesEqual(o, n))
            return false;
        if (trigger.From is { } from && (old is not { } before || !ValuesEqual(from, before)))
            return false;
        if (trigger.To is { } to && (@new is not { } after || !ValuesEqual(to, after)))
            return false;
        if (trigger.Above is not null || trigger.Below is not null)
            return InRange(trigger.Above, trigger.Below, @new) && !InRange(trigger.Above, trigger.Below, old);
        return true;
    }

    /// <summary>For a "for" timer: whether <paramref name="value"/> still is the state the trigger waits on (<paramref name="started"/> when it names none).</summary>
    public static bool PropertyHolds(PropertyTrigger trigger, JsonElement? value, JsonElement? started)
    {
        if (value is not { } v)
            return false;
        if (trigger.To is null && trigger.Above is null && trigger.Below is null)
            return started is { } s && ValuesEqual(s, v);
        return (trigger.To is not { } to || ValuesEqual(to, v)) &&
            (trigger.Above is null && trigger.Below is null || InRange(trigger.Above, trigger.Below, v));
    }

    public static bool Event(EventTrigger trigger, JsonElement arguments)
    {
        if (trigger.Arguments is not { ValueKind: JsonValueKind.Object } wanted)
            return true;
        if (arguments.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var argument in wanted.EnumerateObject())
        {
            if (!arguments.TryGetProperty(argument.Name, out var actual) || !ValuesEqual(argument.Value, actual))
                return false;
        }

        return true;
    }

    public static bool Availability(AvailabilityState? to, AvailabilityChanged change) =>
        change.State != change.Previous && (to is not { } wanted || change.State == wanted);

    public static bool Mode(ModeTrigger trigger, HomeModeChanged change) =>
        (trigger.From is null || trigger.From == change.Previous) && (trigger.To is null || trigger.To == change.Mode);

    /// <summary>JSON equality where 1 and 1.0 are the same number.</summary>
    public static bool ValuesEqual(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? a.GetDouble() == b.GetDouble()
            : JsonElement.DeepEquals(a, b);

    public static bool InRange(double? above, double? below, JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } v && v.GetDouble() is var number &&
        (above is not { } low || number > low) && (below is not { } high || number < high);
}
