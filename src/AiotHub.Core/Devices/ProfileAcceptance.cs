using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Core.Devices;

/// <summary>
/// Per home: the version of each model the home accepted (its unpinned devices use it), and whether the home
/// takes compatible new versions automatically. Thread-safe; with a store every change is written before it
/// returns. Built-in versions are accepted everywhere without a record (<see cref="ProfileCatalog.AcceptedVersion"/>).
/// </summary>
public sealed class ProfileAcceptance
{
    private readonly Lock _sync = new();
    private readonly ProfileOwnershipStore? _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<(string HomeId, string Model), int> _accepted = [];
    private readonly HashSet<string> _autoUpdate = new(StringComparer.Ordinal);

    /// <param name="store">Null keeps everything in memory (tests, tools).</param>
    public ProfileAcceptance(ProfileOwnershipStore? store = null, TimeProvider? timeProvider = null)
    {
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        if (store is null)
            return;
        foreach (var (homeId, model, version) in store.LoadAcceptances())
            _accepted[(homeId, model)] = version;
        _autoUpdate.UnionWith(store.LoadAutoUpdateHomes());
    }

    /// <summary>The version the home accepted, or null when it never accepted one (built-in versions aside).</summary>
    public int? Get(string homeId, string model)
    {
        lock (_sync)
        {
            return _accepted.TryGetValue((homeId, model), out var version) ? version : null;
        }
    }

    public void Set(string homeId, string model, int version, ProfileAcceptanceReason reason)
    {
        lock (_sync)
        {
            _store?.SaveAcceptance(homeId, model, version, reason, _time.GetUtcNow());
            _accepted[(homeId, model)] = version;
        }
    }

    /// <summary>The models the home accepted a version of.</summary>
    public IReadOnlyList<string> Models(string homeId)
    {
        lock (_sync)
        {
            return [.. _accepted.Keys.Where(k => k.HomeId == homeId).Select(k => k.Model)];
        }
    }

    /// <summary>Whether the home takes new versions that pass the compatibility check without asking (default off).</summary>
    public bool UpdatesAutomatically(string homeId)
    {
        lock (_sync)
        {
            return _autoUpdate.Contains(homeId);
        }
    }

    public void SetUpdatesAutomatically(string homeId, bool on)
    {
        lock (_sync)
        {
            if (_autoUpdate.Contains(homeId) == on)
                return;
            _store?.SaveAutoUpdate(homeId, on, _time.GetUtcNow());
            if (on)
                _autoUpdate.Add(homeId);
            else
                _autoUpdate.Remove(homeId);
        }
    }

    /// <summary>The homes that update automatically.</summary>
    public IReadOnlyList<string> AutomaticHomes()
    {
        lock (_sync)
        {
            return [.. _autoUpdate];
        }
    }
}
