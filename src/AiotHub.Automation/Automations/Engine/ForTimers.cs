using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// The "for" timers: a property or availability trigger with "for" starts a timer when its state
/// begins, a change that breaks the state cancels it, and the trigger fires when the timer runs out.
/// Each timer is kept in automation_pending so it survives a restart (resumed only if the twin still
/// holds the state). Thread-safe: events arrive on the engine's loop, timers fire on the clock's thread.
/// </summary>
internal sealed class ForTimers(TimeProvider time, PendingRuns pending, Action<TriggerRef, AutomationRunTrigger, string[]> fire) : IDisposable
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, ForTimer> _timers = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_sync)
                return _timers.Count;
        }
    }

    public static bool HasFor(AutomationTrigger trigger) => trigger is PropertyTrigger { For: not null } or AvailabilityTrigger { For: not null };

    public void OnEvent(TriggerRef reference, HomeEvent homeEvent, string[] lineage)
    {
        var id = Id(reference);
        lock (_sync)
        {
            if (_timers.TryGetValue(id, out var running) && !Holds(reference.Trigger, homeEvent.Data, running.StartValue))
                CancelLocked(running);
            if (_timers.ContainsKey(id) || !TriggerMatcher.Matches(reference.Trigger, homeEvent))
                return;
            var duration = Duration(reference.Trigger);
            var trigger = RunTriggers.FromEvent(reference, homeEvent);
            Start(new ForTimer(id, reference, trigger, lineage, Value(homeEvent.Data), time.GetUtcNow() + duration), persist: true);
        }
    }

    /// <summary>After a restart: resumes the timer if the twin still holds the state; fires at once if it became due meanwhile.</summary>
    public void Resume(PendingRunState state, TriggerRef reference, DeviceRegistry registry)
    {
        var startValue = state.Trigger.Data.TryGetProperty("to", out var to) ? to.Clone() : (JsonElement?)null;
        if (!StillHolds(reference.Trigger, registry, startValue) || state.Due is not { } due)
        {
            pending.Delete(state.Id);
            return;
        }

        if (due <= time.GetUtcNow())
        {
            pending.Delete(state.Id);
            fire(reference, state.Trigger, [.. state.Lineage]);
            return;
        }

        var timer = new ForTimer(state.Id, reference, state.Trigger, [.. state.Lineage], startValue, due);
        lock (_sync)
            Start(timer, persist: false);
    }

    /// <summary>Drops the automation's timers (it was edited, disabled or deleted).</summary>
    public void Cancel(string homeId, string automationId)
    {
        lock (_sync)
        {
            foreach (var timer in _timers.Values.Where(t => t.Reference.HomeId == homeId && t.Reference.AutomationId == automationId).ToList())
                CancelLocked(timer);
        }
    }

    /// <summary>The hub is stopping: timers stop, their rows stay for the next start.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            foreach (var timer in _timers.Values)
                timer.Timer?.Dispose();
            _timers.Clear();
        }
    }

    public static TimeSpan Duration(AutomationTrigger trigger) => trigger switch
    {
        PropertyTrigger { For: { } f } => f,
        AvailabilityTrigger { For: { } f } => f,
        _ => TimeSpan.Zero,
    };

    public static string Id(TriggerRef reference) => $"for:{reference.HomeId}:{reference.AutomationId}:{reference.Index}";

    // Under _sync.
    private void Start(ForTimer timer, bool persist)
    {
        _timers[timer.Id] = timer;
        if (persist)
        {
            var r = timer.Reference;
            pending.Save(new PendingRunState(timer.Id, PendingRunState.For, r.HomeId, r.AutomationId, r.Automation.Entry.Version, null, null, timer.Due,
                r.Index, r.Trigger.Id, timer.Trigger, timer.Lineage));
        }

        var remaining = timer.Due - time.GetUtcNow();
        timer.Timer = time.CreateTimer(_ => Elapsed(timer), null, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void Elapsed(ForTimer timer)
    {
        lock (_sync)
        {
            if (!_timers.TryGetValue(timer.Id, out var current) || current != timer)
                return;
            _timers.Remove(timer.Id);
            timer.Timer?.Dispose();
        }

        pending.Delete(timer.Id);
        fire(timer.Reference, timer.Trigger, timer.Lineage);
    }

    private void CancelLocked(ForTimer timer)
    {
        _timers.Remove(timer.Id);
        timer.Timer?.Dispose();
        pending.Delete(timer.Id);
    }

    /// <summary>Whether the event leaves the trigger's state as it began (<paramref name="startValue"/>) holding.</summary>
    public static bool Holds(AutomationTrigger trigger, HomeEventData data, JsonElement? startValue) => (trigger, data) switch
    {
        (PropertyTrigger p, PropertyChanged c) => TriggerMatcher.PropertyHolds(p, c.New, startValue),
        (AvailabilityTrigger a, AvailabilityChanged c) => RunTriggers.Lower(c.State) == (a.To is { } to ? RunTriggers.Lower(to) : startValue?.GetString()),
        _ => true,
    };

    private static bool StillHolds(AutomationTrigger trigger, DeviceRegistry registry, JsonElement? startValue)
    {
        var deviceId = trigger switch { PropertyTrigger p => p.DeviceId, AvailabilityTrigger a => a.DeviceId, _ => null };
        if (deviceId is null || !registry.TryGetDevice(deviceId, out var device))
            return false;
        return trigger switch
        {
            PropertyTrigger p => device.Properties.TryGetValue(p.Property, out var twin) && TriggerMatcher.PropertyHolds(p, twin.Reported?.Value, startValue),
            AvailabilityTrigger a => RunTriggers.Lower(device.Availability.State) == (a.To is { } to ? RunTriggers.Lower(to) : startValue?.GetString()),
            _ => false,
        };
    }

    public static JsonElement? Value(HomeEventData data) => data switch
    {
        PropertyChanged c => c.New,
        AvailabilityChanged a => JsonSerializer.SerializeToElement(RunTriggers.Lower(a.State), AutomationJsonStrings.Default.String),
        _ => null,
    };
}
