using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Which triggers an event could match, looked up by (home, device, key) or by the event's kind, so
/// one event costs a dictionary lookup however many automations there are, and nothing is allocated
/// when nothing matches. Immutable: the engine builds a new one when the catalog changes and swaps it in.
/// </summary>
internal sealed class AutomationIndex
{
    private readonly Dictionary<DeviceMemberKey, TriggerRef[]> _properties = [];
    private readonly Dictionary<DeviceMemberKey, TriggerRef[]> _events = [];
    private readonly Dictionary<DeviceMemberKey, TriggerRef[]> _availability = [];
    private readonly Dictionary<string, TriggerRef[]> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TriggerRef[]> _webhooks = new(StringComparer.Ordinal);
    private readonly Dictionary<(string HomeId, string AutomationId), RunnableAutomation> _automations = [];

    private AutomationIndex()
    {
    }

    public static AutomationIndex Empty { get; } = new();

    /// <summary>Time, schedule and sun triggers, which the trigger clock drives.</summary>
    public IReadOnlyList<TriggerRef> Clocked { get; private init; } = [];

    public IReadOnlyDictionary<(string HomeId, string AutomationId), RunnableAutomation> Automations => _automations;

    public static AutomationIndex Build(IReadOnlyList<RunnableAutomation> runnable)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        var properties = new Dictionary<DeviceMemberKey, List<TriggerRef>>();
        var events = new Dictionary<DeviceMemberKey, List<TriggerRef>>();
        var availability = new Dictionary<DeviceMemberKey, List<TriggerRef>>();
        var modes = new Dictionary<string, List<TriggerRef>>(StringComparer.Ordinal);
        var webhooks = new Dictionary<string, List<TriggerRef>>(StringComparer.Ordinal);
        var clocked = new List<TriggerRef>();
        var index = new AutomationIndex { Clocked = clocked };
        foreach (var automation in runnable)
        {
            var home = automation.Entry.HomeId;
            index._automations[(home, automation.Entry.Id)] = automation;
            for (var i = 0; i < automation.Definition.Triggers.Count; i++)
            {
                var trigger = automation.Definition.Triggers[i];
                var reference = new TriggerRef(automation, i, trigger);
                switch (trigger)
                {
                    case PropertyTrigger p:
                        Add(properties, new DeviceMemberKey(home, p.DeviceId, p.Property), reference);
                        break;
                    case EventTrigger e:
                        Add(events, new DeviceMemberKey(home, e.DeviceId, e.Event), reference);
                        break;
                    case AvailabilityTrigger a:
                        Add(availability, new DeviceMemberKey(home, a.DeviceId, ""), reference);
                        break;
                    case ModeTrigger:
                        Add(modes, home, reference);
                        break;
                    case WebhookTrigger w:
                        Add(webhooks, w.HookId, reference);
                        break;
                    case TimeTrigger or ScheduleTrigger or SunTrigger:
                        clocked.Add(reference);
                        break;
                }
            }
        }

        Freeze(properties, index._properties);
        Freeze(events, index._events);
        Freeze(availability, index._availability);
        Freeze(modes, index._modes);
        Freeze(webhooks, index._webhooks);
        return index;
    }

    /// <summary>The triggers <paramref name="homeEvent"/> could match (their own test still applies); null, without allocating, when none.</summary>
    public TriggerRef[]? Candidates(HomeEvent homeEvent)
    {
        TriggerRef[]? found = null;
        switch (homeEvent.Data)
        {
            case PropertyChanged change when homeEvent.DeviceId is { } device:
                _properties.TryGetValue(new DeviceMemberKey(homeEvent.HomeId, device, change.Key), out found);
                break;
            case DeviceEvent data when homeEvent.DeviceId is { } device:
                _events.TryGetValue(new DeviceMemberKey(homeEvent.HomeId, device, data.Key), out found);
                break;
            case AvailabilityChanged when homeEvent.DeviceId is { } device:
                _availability.TryGetValue(new DeviceMemberKey(homeEvent.HomeId, device, ""), out found);
                break;
            case HomeModeChanged:
                _modes.TryGetValue(homeEvent.HomeId, out found);
                break;
        }

        return found;
    }

    /// <summary>How many triggers the event fires (ignoring "for", which only starts a timer): what the benchmark measures.</summary>
    public int CountMatches(HomeEvent homeEvent)
    {
        if (Candidates(homeEvent) is not { } candidates)
            return 0;
        var count = 0;
        foreach (var candidate in candidates)
        {
            if (TriggerMatcher.Matches(candidate.Trigger, homeEvent))
                count++;
        }

        return count;
    }

    public TriggerRef[]? Webhook(string hookId) => _webhooks.GetValueOrDefault(hookId);

    public RunnableAutomation? Find(string homeId, string automationId) => _automations.GetValueOrDefault((homeId, automationId));

    private static void Add<TKey>(Dictionary<TKey, List<TriggerRef>> map, TKey key, TriggerRef reference)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(reference);
    }

    private static void Freeze<TKey>(Dictionary<TKey, List<TriggerRef>> from, Dictionary<TKey, TriggerRef[]> to)
        where TKey : notnull
    {
        foreach (var (key, list) in from)
            to[key] = [.. list];
    }
}
