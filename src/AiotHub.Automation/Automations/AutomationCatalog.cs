using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Automation.Automations.Persistence;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// The automations of every home: definitions in the documented JSON format (docs/automations.md),
/// validated with JSON paths, kept in hub.db with a version per automation. A write that is not
/// valid changes nothing; an automation that stops fitting the home later (a device, scene or
/// profile member it names goes away), or that is loaded invalid from the store, is kept as
/// <see cref="AutomationState.Unavailable"/> with its problems and never stops the hub.
/// Thread-safe; checking a definition, which reads the registry, runs outside the catalog's lock.
/// </summary>
public sealed partial class AutomationCatalog : IDisposable
{
    private readonly Lock _sync = new();
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;
    private readonly AutomationStore? _store;
    private readonly TimeProvider _time;
    private readonly bool _hasLocation;
    private readonly AutomationLimits _limits;
    private readonly Dictionary<(string HomeId, string Id), AutomationItem> _items = [];

    /// <param name="store">Null keeps automations in memory (tests, tools).</param>
    /// <param name="options">The hub's location (sun triggers and conditions need one); null: none.</param>
    public AutomationCatalog(
        DeviceRegistry registry, SceneCatalog scenes, AutomationStore? store = null, TimeProvider? timeProvider = null, AutomationEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(scenes);
        _registry = registry;
        _scenes = scenes;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _hasLocation = options is { Latitude: not null, Longitude: not null };
        _limits = options?.Limits ?? new AutomationLimits();
        foreach (var (homeId, id, body) in store?.LoadAutomations() ?? [])
            _items[(homeId, id)] = Load(homeId, id, body);
        _scenes.Deleted += OnSceneChanged;
        _scenes.Saved += OnSceneChanged;
        StartWatching();
    }

    public DeviceRegistry Registry => _registry;

    /// <summary>The limits definitions are checked against (docs/automations.md "Limits").</summary>
    public AutomationLimits Limits => _limits;

    /// <summary>
    /// Raised after any write, and when an automation becomes unavailable or available again, with
    /// (homeId, automationId); outside the catalog's lock, on the writer's thread or the re-check worker's.
    /// </summary>
    public event Action<string, string>? Changed;

    /// <summary>The home's automations, ordered by id.</summary>
    public IReadOnlyList<AutomationEntry> List(string homeId)
    {
        lock (_sync)
        {
            return [.. _items.Values.Select(i => i.Entry).Where(e => e.HomeId == homeId).OrderBy(e => e.Id, StringComparer.Ordinal)];
        }
    }

    public AutomationEntry? Find(string homeId, string automationId)
    {
        lock (_sync)
        {
            return _items.GetValueOrDefault((homeId, automationId))?.Entry;
        }
    }

    /// <summary>Every home's enabled, available automations with their definitions (the engine re-reads this on <see cref="Changed"/>).</summary>
    public IReadOnlyList<RunnableAutomation> ListRunnable()
    {
        lock (_sync)
        {
            return [.. _items.Values
                .Where(i => i.Entry.Enabled && i.Resolved is not null)
                .OrderBy(i => i.Entry.HomeId, StringComparer.Ordinal).ThenBy(i => i.Entry.Id, StringComparer.Ordinal)
                .Select(i => new RunnableAutomation(i.Entry, i.Resolved!))];
        }
    }

    /// <summary>
    /// Parses and checks a definition against the home without storing it (the API's validate endpoint).
    /// Done carries the entry as it would be stored (version 0 when new); Invalid the problems; Duplicate
    /// a hook id another automation of the same home has — only with <paramref name="checkHooks"/> (for a caller
    /// who may read that home's hook ids): whether a hook id is taken anywhere else is never told, so validating
    /// cannot be used to probe for the secrets of other automations or homes.
    /// </summary>
    public AutomationWriteResult Validate(string homeId, JsonElement body, bool checkHooks = true)
    {
        var check = Check(homeId, body);
        if (check.Resolved is not { } resolved)
            return Invalid(check.Problems);
        var existing = resolved.Id.Length > 0 ? Find(homeId, resolved.Id) : null;
        var id = resolved.Id.Length > 0 ? resolved.Id : AutomationIds.Generate(resolved.Name, taken => Find(homeId, taken) is not null);
        if (checkHooks)
        {
            lock (_sync)
            {
                if (HookConflicts(homeId, id, check.Read!, sameHomeOnly: true) is { Count: > 0 } conflicts)
                    return new AutomationWriteResult(AutomationWriteStatus.Duplicate, Problems: conflicts);
            }
        }

        var now = _time.GetUtcNow();
        var enabled = AutomationReader.ReadEnabled(body);
        var entry = new AutomationEntry(
            id, homeId, resolved.Name, enabled, AutomationState.Available, [], existing?.Version ?? 0,
            existing?.Created ?? now, now, AutomationDocument.Normalize(body, id, enabled));
        return new AutomationWriteResult(AutomationWriteStatus.Done, entry, []);
    }

    public void Dispose()
    {
        _scenes.Deleted -= OnSceneChanged;
        _scenes.Saved -= OnSceneChanged;
        StopWatching();
    }

    /// <summary>Reads the body and, when its shape is right, checks it against the home.</summary>
    private AutomationCheck Check(string homeId, JsonElement body)
    {
        var errors = new List<ProfileError>();
        try
        {
            if (AutomationReader.Read(body, errors, _limits) is not { } read)
                return new AutomationCheck(null, null, errors);
            var resolved = AutomationValidator.Resolve(_registry, _scenes, homeId, read, _hasLocation, errors);
            return new AutomationCheck(read, errors.Count == 0 ? resolved : null, errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A definition must never take the hub down; a bug in a check shows as a problem instead.
            errors.Add(new ProfileError("$", $"the definition could not be checked: {e.Message}"));
            return new AutomationCheck(null, null, errors);
        }
    }

    /// <summary>Under the lock: the home's automations, for <see cref="AutomationLimits.AutomationsPerHome"/>.</summary>
    private int CountLocked(string homeId) => _items.Keys.Count(k => k.HomeId == homeId);

    private ProfileError TooManyInHome(string path, int count) => new(path, string.Create(CultureInfo.InvariantCulture,
        $"too many automations in the home: it would have {count}; {AutomationLimits.Key(nameof(AutomationLimits.AutomationsPerHome))} allows {_limits.AutomationsPerHome}"));

    private static AutomationWriteResult Invalid(IReadOnlyList<ProfileError> problems) =>
        new(AutomationWriteStatus.Invalid, Problems: problems);

    /// <summary>Problems for each hook id of <paramref name="read"/> another automation of the hub (of the home, with <paramref name="sameHomeOnly"/>) already has.</summary>
    private List<ProfileError> HookConflicts(string homeId, string id, AutomationDefinition read, HashSet<(string, string)>? ignore = null, bool sameHomeOnly = false)
    {
        var conflicts = new List<ProfileError>();
        foreach (var trigger in read.Triggers.OfType<Triggers.WebhookTrigger>())
        {
            var owner = _items.Values.FirstOrDefault(i =>
                !(i.Entry.HomeId == homeId && i.Entry.Id == id) && !(ignore?.Contains((i.Entry.HomeId, i.Entry.Id)) ?? false) &&
                (!sameHomeOnly || i.Entry.HomeId == homeId) && i.HookIds.Contains(trigger.HookId));
            if (owner is not null)
                conflicts.Add(new ProfileError(trigger.Path + ".hookId", "another automation already uses this hook id; hook ids are unique across the hub"));
        }

        return conflicts;
    }

    private void Publish(IEnumerable<(string HomeId, string Id, string Change)> changes)
    {
        foreach (var (homeId, id, change) in changes)
        {
            _registry.Events.Publish(new HomeEventDraft(homeId, _time.GetUtcNow(), null, new AutomationChanged(id, change)));
            Changed?.Invoke(homeId, id);
        }
    }
}
