using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// The waits in progress, offered every event the engine sees while there are any (<see cref="Count"/> is read
/// without a lock on the hot path). A wait's trigger with "for" ends the wait once its state has held that long.
/// </summary>
internal sealed class WaitRegistry(TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly List<ActiveWait> _waits = [];
    private volatile int _count;

    public int Count => _count;

    public ActiveWait Register(RunnableAutomation automation, IReadOnlyList<AutomationTrigger> triggers)
    {
        var wait = new ActiveWait(automation, triggers);
        lock (_sync)
        {
            _waits.Add(wait);
            _count = _waits.Count;
        }

        return wait;
    }

    public void Remove(ActiveWait wait)
    {
        lock (_sync)
        {
            _waits.Remove(wait);
            _count = _waits.Count;
            foreach (var (timer, _) in wait.Holding.Values)
                timer.Dispose();
            wait.Holding.Clear();
        }
    }

    public void Offer(HomeEvent homeEvent)
    {
        ActiveWait[] waits;
        lock (_sync)
            waits = [.. _waits];
        foreach (var wait in waits)
        {
            if (wait.Automation.Entry.HomeId != homeEvent.HomeId)
                continue;
            for (var i = 0; i < wait.Triggers.Count; i++)
            {
                var trigger = wait.Triggers[i];
                if (!Targets(trigger, homeEvent))
                    continue;
                if (ForTimers.HasFor(trigger))
                {
                    Hold(wait, i, trigger, homeEvent);
                    continue;
                }

                if (!TriggerMatcher.Matches(trigger, homeEvent))
                    continue;
                wait.Fired.TrySetResult(RunTriggers.FromEvent(new TriggerRef(wait.Automation, i, trigger), homeEvent));
                break;
            }
        }
    }

    // A change that leaves the state stops its timer; the trigger's own change starts one.
    private void Hold(ActiveWait wait, int index, AutomationTrigger trigger, HomeEvent homeEvent)
    {
        lock (_sync)
        {
            if (!_waits.Contains(wait))
                return;
            if (wait.Holding.TryGetValue(index, out var holding) && !ForTimers.Holds(trigger, homeEvent.Data, holding.Start))
            {
                holding.Timer.Dispose();
                wait.Holding.Remove(index);
            }

            if (wait.Holding.ContainsKey(index) || !TriggerMatcher.Matches(trigger, homeEvent))
                return;
            var fired = RunTriggers.FromEvent(new TriggerRef(wait.Automation, index, trigger), homeEvent);
            var timer = time.CreateTimer(_ => wait.Fired.TrySetResult(fired), null, ForTimers.Duration(trigger), Timeout.InfiniteTimeSpan);
            wait.Holding[index] = (timer, ForTimers.Value(homeEvent.Data));
        }
    }

    private static bool Targets(AutomationTrigger trigger, HomeEvent homeEvent) => (trigger, homeEvent.Data) switch
    {
        (PropertyTrigger p, PropertyChanged c) => p.DeviceId == homeEvent.DeviceId && p.Property == c.Key,
        (EventTrigger e, DeviceEvent d) => e.DeviceId == homeEvent.DeviceId && e.Event == d.Key,
        (AvailabilityTrigger a, AvailabilityChanged) => a.DeviceId == homeEvent.DeviceId,
        (ModeTrigger, HomeModeChanged) => true,
        _ => false,
    };
}
