using AiotHub.Core.Devices;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Modes;

/// <summary>
/// Each home's mode — home, away or sleep — kept in hub.db (<see cref="HomeModeStore"/>) so it survives a restart. A change is
/// published on the home's event feed as <c>home-mode-changed</c> (automations trigger on it).
/// </summary>
public sealed class HomeModes
{
    public const string Home = "home";
    public const string Away = "away";
    public const string Sleep = "sleep";

    private readonly Lock _sync = new();
    private readonly DeviceRegistry _registry;
    private readonly HomeModeStore? _store;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _firstSeen;
    private readonly Dictionary<string, HomeModeState> _modes = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = [Home, Away, Sleep];

    public HomeModes(DeviceRegistry registry, HomeModeStore? store = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _firstSeen = _time.GetUtcNow();
        foreach (var stored in store?.Load() ?? [])
        {
            // A mode this hub no longer knows (a file from another version) falls back to the default.
            if (All.Contains(stored.Mode, StringComparer.Ordinal))
                _modes[stored.HomeId] = stored;
        }
    }

    /// <summary>The home's mode; a home never set is "home" since the hub first saw it.</summary>
    public HomeModeState Get(string homeId)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        lock (_sync)
            return _modes.TryGetValue(homeId, out var state) ? state : new HomeModeState(homeId, Home, _firstSeen, null);
    }

    /// <summary>The mode's name alone, without allocating (conditions read it on every check).</summary>
    internal string GetMode(string homeId)
    {
        lock (_sync)
            return _modes.TryGetValue(homeId, out var state) ? state.Mode : Home;
    }

    /// <summary>Sets the mode; null when <paramref name="mode"/> is not one of <see cref="All"/>. Setting the current mode publishes nothing.</summary>
    public HomeModeState? Set(string homeId, string mode, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        if (mode is null || !All.Contains(mode, StringComparer.Ordinal))
            return null;
        HomeModeState previous, next;
        lock (_sync)
        {
            previous = _modes.TryGetValue(homeId, out var state) ? state : new HomeModeState(homeId, Home, _firstSeen, null);
            if (previous.Mode == mode)
                return previous;
            next = new HomeModeState(homeId, mode, _time.GetUtcNow(), source);
            _store?.Save(next);
            _modes[homeId] = next;
        }

        _registry.Events.Publish(new HomeEventDraft(homeId, next.Since, null,
            new HomeModeChanged(mode, previous.Mode, source)));
        return next;
    }
}
