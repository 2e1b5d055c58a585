using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// Every known profile, every version kept (devices may pin one). Thread-safe; lookups take the
/// newest version unless one is asked for.
/// </summary>
public sealed class ProfileCatalog
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, SortedList<int, DeviceProfile>> _models = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads every *.json in <paramref name="directory"/> (not below). A file that does not parse is
    /// skipped and reported as "file: path: message", so one bad file never stops the hub.
    /// </summary>
    public static ProfileCatalog LoadDirectory(string directory, out IReadOnlyList<string> problems)
    {
        var catalog = new ProfileCatalog();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var result = DeviceProfileParser.ParseFile(file);
            if (result.IsValid)
                catalog.Add(result.Profile);
            else
                found.AddRange(result.Errors.Select(e => $"{Path.GetFileName(file)}: {e}"));
        }

        problems = found;
        return catalog;
    }

    /// <summary>Adds a model or a version of one; the same model and version again replaces it.</summary>
    public void Add(DeviceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_sync)
        {
            if (!_models.TryGetValue(profile.Model, out var versions))
                _models[profile.Model] = versions = [];
            versions[profile.Version] = profile;
        }
    }

    /// <summary>The pinned version, or the newest when <paramref name="version"/> is null.</summary>
    public DeviceProfile? Find(string model, int? version = null)
    {
        lock (_sync)
        {
            if (!_models.TryGetValue(model, out var versions) || versions.Count == 0)
                return null;
            if (version is { } pinned)
                return versions.GetValueOrDefault(pinned);
            return versions.Values[^1];
        }
    }

    /// <summary>The newest version of every model, ordered by model id.</summary>
    public IReadOnlyList<DeviceProfile> Latest()
    {
        lock (_sync)
        {
            return [.. _models.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value.Values[^1])];
        }
    }

    public IReadOnlyList<DeviceProfile> Versions(string model)
    {
        lock (_sync)
        {
            return _models.TryGetValue(model, out var versions) ? [.. versions.Values] : [];
        }
    }
}
