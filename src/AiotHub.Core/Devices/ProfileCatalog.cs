using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// Every known profile, every version kept (devices may pin one), each with its <see cref="ProfileOrigin"/>.
/// Thread-safe. <see cref="Find"/> is the hub's own view (every version); <see cref="Resolve"/> is what a
/// device of a home uses: its pinned version if the home may see it, else the version the home accepted
/// (<see cref="Acceptance"/>; built-in versions count as accepted), never a newer one the home did not accept.
/// </summary>
public sealed class ProfileCatalog
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, SortedList<int, (DeviceProfile Profile, ProfileOrigin Origin)>> _models = new(StringComparer.Ordinal);

    /// <summary>A catalog whose acceptances live in memory only.</summary>
    public ProfileCatalog()
        : this(new ProfileAcceptance())
    {
    }

    public ProfileCatalog(ProfileAcceptance acceptance)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        Acceptance = acceptance;
    }

    /// <summary>The versions each home accepted and whether it updates automatically.</summary>
    public ProfileAcceptance Acceptance { get; }

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

    /// <summary>The vendor (first segment) of a model id: <c>acme</c> of <c>acme.light.a1</c>.</summary>
    public static string VendorOf(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var dot = model.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? model : model[..dot];
    }

    /// <summary>Adds a model or a version of one (<paramref name="origin"/> null: built in); the same model and version again replaces it.</summary>
    public void Add(DeviceProfile profile, ProfileOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_sync)
        {
            if (!_models.TryGetValue(profile.Model, out var versions))
                _models[profile.Model] = versions = [];
            versions[profile.Version] = (profile, origin ?? ProfileOrigin.Builtin);
        }
    }

    /// <summary>The pinned version, or the newest when <paramref name="version"/> is null, whoever may see it.</summary>
    public DeviceProfile? Find(string model, int? version = null)
    {
        lock (_sync)
        {
            if (!_models.TryGetValue(model, out var versions) || versions.Count == 0)
                return null;
            if (version is { } pinned)
                return versions.GetValueOrDefault(pinned).Profile;
            return versions.Values[^1].Profile;
        }
    }

    public ProfileOrigin? OriginOf(string model, int version)
    {
        lock (_sync)
        {
            return _models.TryGetValue(model, out var versions) && versions.TryGetValue(version, out var entry) ? entry.Origin : null;
        }
    }

    /// <summary>Makes an uploaded version visible to every home; false when there is no such version.</summary>
    public bool Publish(string model, int version)
    {
        lock (_sync)
        {
            if (!_models.TryGetValue(model, out var versions) || !versions.TryGetValue(version, out var entry))
                return false;
            if (!entry.Origin.Published)
                versions[version] = (entry.Profile, entry.Origin with { Published = true });
            return true;
        }
    }

    /// <summary>The newest version of every model, ordered by model id.</summary>
    public IReadOnlyList<DeviceProfile> Latest() => Latest((_, _) => true);

    /// <summary>The newest version <paramref name="visible"/> lets through of every model, ordered by model id.</summary>
    public IReadOnlyList<DeviceProfile> Latest(Func<DeviceProfile, ProfileOrigin, bool> visible)
    {
        ArgumentNullException.ThrowIfNull(visible);
        lock (_sync)
        {
            return [.. _models.OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => m.Value.Values.LastOrDefault(v => visible(v.Profile, v.Origin)).Profile)
                .OfType<DeviceProfile>()];
        }
    }

    public IReadOnlyList<DeviceProfile> Versions(string model) => Versions(model, (_, _) => true);

    /// <summary>The versions of <paramref name="model"/> that <paramref name="visible"/> lets through, oldest first.</summary>
    public IReadOnlyList<DeviceProfile> Versions(string model, Func<DeviceProfile, ProfileOrigin, bool> visible)
    {
        ArgumentNullException.ThrowIfNull(visible);
        lock (_sync)
        {
            return _models.TryGetValue(model, out var versions) ? [.. versions.Values.Where(v => visible(v.Profile, v.Origin)).Select(v => v.Profile)] : [];
        }
    }

    /// <summary>The versions of <paramref name="model"/> the home may see and use, oldest first.</summary>
    public IReadOnlyList<DeviceProfile> VersionsVisibleTo(string homeId, string model) => Versions(model, (_, o) => o.IsVisibleTo(homeId));

    /// <summary>The vendors of the profiles shipped with the hub (its own namespaces).</summary>
    public IReadOnlySet<string> ShippedVendors()
    {
        lock (_sync)
        {
            return _models.Where(m => m.Value.Values.Any(v => v.Origin.Shipped)).Select(m => VendorOf(m.Key)).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The newest built-in version of the model (accepted in every home), or null.</summary>
    public int? NewestBuiltIn(string model)
    {
        lock (_sync)
        {
            return NewestBuiltInLocked(model);
        }
    }

    /// <summary>The version of the model the home's unpinned devices use: the newer of what it accepted and the newest built-in version.</summary>
    public int? AcceptedVersion(string homeId, string model)
    {
        lock (_sync)
        {
            return AcceptedLocked(homeId, model);
        }
    }

    /// <summary>
    /// The profile a device of <paramref name="homeId"/> uses: the <paramref name="pinned"/> version if the
    /// home may see it; else the accepted version (<see cref="AcceptedVersion"/>). A home that has accepted
    /// none gets the newest version it may see, and that is recorded as accepted (first use), so a later
    /// version still needs accepting. Null: the device is pending.
    /// </summary>
    public DeviceProfile? Resolve(string homeId, string model, int? pinned)
    {
        lock (_sync)
        {
            if (!_models.TryGetValue(model, out var versions))
                return null;
            if (pinned is { } version)
                return versions.TryGetValue(version, out var entry) && entry.Origin.IsVisibleTo(homeId) ? entry.Profile : null;
            var accepted = AcceptedLocked(homeId, model);
            // Normally exactly the accepted version; if its document went missing, the newest older one the home may see.
            var chosen = versions.Values.LastOrDefault(v => v.Origin.IsVisibleTo(homeId) && (accepted is null || v.Profile.Version <= accepted)).Profile;
            if (accepted is null && chosen is not null)
                Acceptance.Set(homeId, model, chosen.Version, ProfileAcceptanceReason.FirstUse);
            return chosen;
        }
    }

    /// <summary>Whether the home may see some version of the model.</summary>
    public bool IsKnownTo(string homeId, string model)
    {
        lock (_sync)
        {
            return _models.TryGetValue(model, out var versions) && versions.Values.Any(v => v.Origin.IsVisibleTo(homeId));
        }
    }

    private int? AcceptedLocked(string homeId, string model)
    {
        var own = Acceptance.Get(homeId, model);
        var builtIn = NewestBuiltInLocked(model);
        return own is null ? builtIn : builtIn is null ? own : Math.Max(own.Value, builtIn.Value);
    }

    private int? NewestBuiltInLocked(string model) =>
        _models.TryGetValue(model, out var versions) && versions.Values.LastOrDefault(v => v.Origin.IsBuiltIn).Profile is { } newest
            ? newest.Version
            : null;
}
