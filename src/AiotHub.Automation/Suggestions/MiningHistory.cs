using System.Text.Json;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Activity;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// One home's log read once for all kinds of suggestion: the person's own actions (<see cref="Evidence"/>, oldest
/// first, without the ones that undid an automation), what can start a linkage (<see cref="Triggers"/>), what
/// automations set (<see cref="Effects"/>, with their undos), the home mode over time, and the time zone and sun.
/// </summary>
internal sealed class MiningHistory
{
    private static readonly Comparer<MinedAction> ByTime = Comparer<MinedAction>.Create((x, y) => x.Time.CompareTo(y.Time));
    private readonly List<(DateTimeOffset Time, string Mode)> _modes = [];
    private readonly Dictionary<string, int> _triggerIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(string DeviceId, string Member), List<(DateTimeOffset Time, string Value)>> _states = [];

    public MiningHistory(MiningInput input)
    {
        Input = input;
        Devices = input.Devices.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        To = input.Now;
        From = input.History.Count > 0 ? input.History.Min(e => e.Time) : input.Now;
        var lastAction = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lastTrigger = new Dictionary<int, DateTimeOffset>();
        var evidence = new List<MinedAction>();
        foreach (var entry in input.History.OrderBy(e => e.Time).ThenBy(e => e.Id))
        {
            if (entry.Time > input.Now)
                continue;
            if (entry.Kind == ActivityKind.Mode)
            {
                if (entry.Value is { ValueKind: JsonValueKind.String } mode)
                {
                    _modes.Add((entry.Time, mode.GetString()!));
                    AddTrigger(new MinedTrigger("mode", null, null, mode.GetString()), entry, lastTrigger);
                }

                continue;
            }

            if (entry.DeviceId is not { } deviceId || entry.Member is not { } member || !Devices.TryGetValue(deviceId, out var device))
                continue;
            var dot = member.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0)
                continue;
            var (service, name) = (member[..dot], member[(dot + 1)..]);
            var property = device.Profile.FindProperty(service, name);

            if (entry.Kind == ActivityKind.Changed && property is { CanWrite: true } && entry.Value is { } reported)
            {
                if (!_states.TryGetValue((deviceId, member), out var states))
                    _states[(deviceId, member)] = states = [];
                states.Add((entry.Time, reported.GetRawText()));
            }

            if (entry.Kind == ActivityKind.Event && device.Profile.FindEvent(service, name) is not null)
                AddTrigger(new MinedTrigger("event", deviceId, member, null), entry, lastTrigger);
            else if (entry.Kind == ActivityKind.Changed && property is not null && entry.Value is { } changed && IsDiscrete(property))
                AddTrigger(new MinedTrigger("property", deviceId, member, changed.GetRawText()), entry, lastTrigger);

            if (entry.Source is ActivitySource.Automation && entry.Kind is ActivityKind.Set or ActivityKind.Changed && property is { CanWrite: true }
                && entry.Value is { } set && entry.Actor is { } automationId)
                Effects.Add(new AutomationEffect(entry.Id, entry.Time, automationId, entry.Reference, deviceId, member, set.GetRawText(), entry.Kind == ActivityKind.Changed));

            var isPerson = entry.Source is ActivitySource.App or ActivitySource.Voice
                ? entry.Kind is ActivityKind.Set && property is { CanWrite: true } || entry.Kind is ActivityKind.Action && device.Profile.FindAction(service, name) is not null
                : entry.Source is ActivitySource.Device && entry.Kind is ActivityKind.Changed && property is { CanWrite: true };
            if (!isPerson)
                continue;
            var isCall = entry.Kind == ActivityKind.Action;
            var value = entry.Value is { ValueKind: not JsonValueKind.Undefined } v ? v : (JsonElement?)null;
            if (isCall && value is { ValueKind: JsonValueKind.Object } args && !args.EnumerateObject().Any())
                value = null;
            if (!isCall && value is null)
                continue;
            var action = new MinedAction(entry.Id, entry.Time, Local(entry.Time), deviceId, member, isCall, value?.GetRawText() ?? "null", value);
            if (lastAction.TryGetValue(action.Key, out var previous) && entry.Time - previous < MiningThresholds.Echo)
                continue;
            lastAction[action.Key] = entry.Time;
            evidence.Add(action);
        }

        MarkUndos(evidence);
        Evidence = [.. evidence.Where(a => !UndoIds.Contains(a.Id))];
    }

    public MiningInput Input { get; }

    public Dictionary<string, MiningDevice> Devices { get; }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public IReadOnlyList<MinedAction> Evidence { get; }

    public List<MinedTrigger> TriggerKinds { get; } = [];

    public List<TriggerInstance> Triggers { get; } = [];

    public List<AutomationEffect> Effects { get; } = [];

    public HashSet<long> UndoIds { get; } = [];

    public bool HasLocation => Input.Latitude is not null && Input.Longitude is not null;

    public DateTime Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Input.TimeZone).DateTime;

    /// <summary>The local days of the window, first to last.</summary>
    public IEnumerable<DateOnly> Days()
    {
        var first = DateOnly.FromDateTime(Local(From));
        var last = DateOnly.FromDateTime(Local(To));
        for (var day = first; day <= last; day = day.AddDays(1))
            yield return day;
    }

    /// <summary>The home mode at <paramref name="time"/>: the last change before it, "home" before any.</summary>
    public string ModeAt(DateTimeOffset time)
    {
        var low = 0;
        var high = _modes.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_modes[middle].Time <= time)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? "home" : _modes[found].Mode;
    }

    /// <summary>The value a writable member was last reported at before <paramref name="time"/> (raw JSON), null if never.</summary>
    public string? ValueAt(string deviceId, string member, DateTimeOffset time)
    {
        if (!_states.TryGetValue((deviceId, member), out var states))
            return null;
        var (low, high, found) = (0, states.Count - 1, -1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (states[middle].Time < time)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : states[found].Value;
    }

    /// <summary>Whether the sun is down (after sunset, before sunrise) at the home at <paramref name="time"/>; false without a location.</summary>
    public bool IsNight(DateTimeOffset time) =>
        HasLocation && SunCalculator.GetPosition(time, Input.Latitude!.Value, Input.Longitude!.Value).Elevation < -0.833;

    public static bool IsDiscrete(ProfileProperty property) =>
        property.Value.Format is PropertyFormat.Bool or PropertyFormat.String || property.Value.List is not null;

    private void AddTrigger(MinedTrigger trigger, ActivityEntry entry, Dictionary<int, DateTimeOffset> last)
    {
        if (!_triggerIndex.TryGetValue(trigger.Key, out var index))
        {
            index = TriggerKinds.Count;
            TriggerKinds.Add(trigger);
            _triggerIndex[trigger.Key] = index;
        }

        if (last.TryGetValue(index, out var previous) && entry.Time - previous < MiningThresholds.Echo)
            return;
        last[index] = entry.Time;
        Triggers.Add(new TriggerInstance(index, entry.Id, entry.Time));
    }

    /// <summary>An automation's setting is undone by the person's first setting of the same member to another value soon after.</summary>
    private void MarkUndos(List<MinedAction> evidence)
    {
        if (Effects.Count == 0)
            return;
        var byMember = evidence.Where(a => !a.IsCall).GroupBy(a => (a.DeviceId, a.Member)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var effect in Effects)
        {
            if (!byMember.TryGetValue((effect.DeviceId, effect.Member), out var actions))
                continue;
            var at = actions.BinarySearch(new MinedAction(0, effect.Time, default, "", "", false, "", null), ByTime);
            for (var i = at < 0 ? ~at : at; i < actions.Count && actions[i].Time - effect.Time <= MiningThresholds.UndoWindow; i++)
            {
                if (actions[i].Time < effect.Time || actions[i].Value == effect.Value)
                    continue;
                effect.UndoneBy = actions[i];
                UndoIds.Add(actions[i].Id);
                break;
            }
        }
    }
}
