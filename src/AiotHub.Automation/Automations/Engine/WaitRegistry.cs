using AiotHub.Automation.Automations.Triggers;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>The waits in progress, offered every event the engine sees while there are any (<see cref="Count"/> is read without a lock on the hot path).</summary>
internal sealed class WaitRegistry
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
                if (!Targets(trigger, homeEvent) || !TriggerMatcher.Matches(trigger, homeEvent))
                    continue;
                wait.Fired.TrySetResult(RunTriggers.FromEvent(new TriggerRef(wait.Automation, i, trigger), homeEvent));
                break;
            }
        }
    }

    private static bool Targets(AutomationTrigger trigger, HomeEvent homeEvent) => (trigger, homeEvent.Data) switch
    {
        (PropertyTrigger p, PropertyChange c) => p.DeviceId == homeEvent.DeviceId && p.Property == c.Key,
        (EventTrigger e, DeviceEventData d) => e.DeviceId == homeEvent.DeviceId && e.Event == d.Key,
        (AvailabilityTrigger a, AvailabilityChange) => a.DeviceId == homeEvent.DeviceId,
        (ModeTrigger, _) => homeEvent.Type == HomeEventTypes.HomeModeChanged,
        _ => false,
    };
}
