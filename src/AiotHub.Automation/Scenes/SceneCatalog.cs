using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// The homes' scenes: validated against the home's devices before they are stored, versioned (one
/// up per change; callers may insist on the version they read), written to hub.db before a call
/// returns. Thread-safe; validation, which reads the registry, runs outside the catalog's lock.
/// </summary>
public sealed class SceneCatalog
{
    private readonly Lock _sync = new();
    private readonly DeviceRegistry _registry;
    private readonly SceneStore? _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<(string HomeId, string Id), Scene> _scenes = [];

    /// <param name="store">Null keeps scenes in memory (tests, tools).</param>
    public SceneCatalog(DeviceRegistry registry, SceneStore? store = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        foreach (var body in store?.LoadScenes() ?? [])
        {
            if (JsonSerializer.Deserialize(body, SceneJson.Default.Scene) is { } scene)
                _scenes[(scene.HomeId, scene.Id)] = scene;
        }
    }

    public DeviceRegistry Registry => _registry;

    /// <summary>Raised (home id, scene id) after a scene is deleted, so its runs can be forgotten.</summary>
    public event Action<string, string>? Deleted;

    /// <summary>Raised (home id, scene id) after a scene is created or replaced (automations naming it may fit again).</summary>
    public event Action<string, string>? Saved;

    /// <summary>The home's scenes, ordered by id.</summary>
    public IReadOnlyList<Scene> List(string homeId)
    {
        lock (_sync)
        {
            return [.. _scenes.Values.Where(s => s.HomeId == homeId).OrderBy(s => s.Id, StringComparer.Ordinal)];
        }
    }

    public Scene? Find(string homeId, string sceneId)
    {
        lock (_sync)
        {
            return _scenes.GetValueOrDefault((homeId, sceneId));
        }
    }

    /// <summary>Stores a new scene (version 1); its id is the definition's or a slug of its name.</summary>
    public SceneWriteResult Create(string homeId, SceneDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = SceneValidator.Validate(_registry, homeId, definition.Steps);
        if (errors.Count > 0)
            return SceneWriteResult.Invalid(errors);

        var id = definition.Id ?? SceneIds.Slug(definition.Name);
        SceneWriteResult result;
        lock (_sync)
        {
            if (_scenes.TryGetValue((homeId, id), out var existing))
                return new SceneWriteResult(SceneWriteStatus.Duplicate, existing);
            var now = _time.GetUtcNow();
            result = Save(new Scene(id, homeId, definition.Name, definition.Icon, 1, definition.Steps, now, now));
        }

        Saved?.Invoke(homeId, id);
        return result;
    }

    /// <summary>Replaces a scene's name, icon and steps; with <paramref name="precondition"/>, only if it holds for the current version (If-Match).</summary>
    public SceneWriteResult Replace(string homeId, string sceneId, SceneDefinition definition, Func<long, bool>? precondition = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (Find(homeId, sceneId) is null)
            return new SceneWriteResult(SceneWriteStatus.NotFound);
        var errors = SceneValidator.Validate(_registry, homeId, definition.Steps);
        if (definition.Id is not null && definition.Id != sceneId)
            errors.Insert(0, new ProfileError("$.id", $"the id is '{sceneId}' (ids do not change)"));
        if (errors.Count > 0)
            return SceneWriteResult.Invalid(errors);

        SceneWriteResult result;
        lock (_sync)
        {
            if (!_scenes.TryGetValue((homeId, sceneId), out var current))
                return new SceneWriteResult(SceneWriteStatus.NotFound);
            if (precondition is not null && !precondition(current.Version))
                return new SceneWriteResult(SceneWriteStatus.VersionMismatch, current);
            result = Save(current with
            {
                Name = definition.Name,
                Icon = definition.Icon,
                Steps = definition.Steps,
                Version = current.Version + 1,
                Updated = _time.GetUtcNow(),
            });
        }

        Saved?.Invoke(homeId, sceneId);
        return result;
    }

    /// <summary>Deletes a scene and its runs; with <paramref name="precondition"/>, only if it holds for the current version (If-Match).</summary>
    public SceneWriteResult Delete(string homeId, string sceneId, Func<long, bool>? precondition = null)
    {
        Scene? current;
        lock (_sync)
        {
            if (!_scenes.TryGetValue((homeId, sceneId), out current))
                return new SceneWriteResult(SceneWriteStatus.NotFound);
            if (precondition is not null && !precondition(current.Version))
                return new SceneWriteResult(SceneWriteStatus.VersionMismatch, current);
            _store?.DeleteScene(homeId, sceneId);
            _scenes.Remove((homeId, sceneId));
        }

        Deleted?.Invoke(homeId, sceneId);
        return new SceneWriteResult(SceneWriteStatus.Done, current);
    }

    /// <summary>A new scene made of the devices' current reported writable values (all the home's devices when none are named).</summary>
    public SceneWriteResult Snapshot(string homeId, string name, string? icon = null, IReadOnlyList<string>? deviceIds = null, string? id = null)
    {
        var errors = new List<ProfileError>();
        var steps = SceneSnapshot.Steps(_registry, homeId, deviceIds, errors);
        return errors.Count > 0 ? SceneWriteResult.Invalid(errors) : Create(homeId, new SceneDefinition(id, name, icon, steps));
    }

    private SceneWriteResult Save(Scene scene)
    {
        _store?.SaveScene(scene.HomeId, scene.Id, JsonSerializer.Serialize(scene, SceneJson.Default.Scene));
        _scenes[(scene.HomeId, scene.Id)] = scene;
        return new SceneWriteResult(SceneWriteStatus.Done, scene);
    }
}
