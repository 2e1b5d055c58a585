using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// New profile versions reaching a home: what is newer than what the home uses (with the compatibility
/// verdict), the owner accepting one, and — for a home that opted in — taking a version automatically when it
/// passes <see cref="ProfileCompatibility"/> against the version the home uses. After each change the
/// registry re-picks the profile of the model's devices; pinned devices keep their version.
/// </summary>
internal sealed partial class ProfileUpdates(ProfileCatalog catalog, DeviceRegistry registry, ILogger<ProfileUpdates> logger)
{
    /// <summary>Every version newer than the one the home uses, of every model the home's devices have, by model then version.</summary>
    public IReadOnlyList<ProfileUpdate> List(string homeId)
    {
        var devices = registry.ListDevices(new DeviceQuery(HomeId: homeId));
        var updates = new List<ProfileUpdate>();
        foreach (var model in devices.Select(d => d.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var current = catalog.AcceptedVersion(homeId, model);
            var currentProfile = current is { } version ? catalog.Find(model, version) : null;
            var following = devices.Where(d => d.Model == model && d.ProfileVersion is null).Select(d => d.Id).ToList();
            foreach (var next in catalog.VersionsVisibleTo(homeId, model).Where(p => p.Version > (current ?? 0)))
            {
                var changes = currentProfile is null ? [] : ProfileCompatibility.FindBreakingChanges(currentProfile, next);
                var published = catalog.OriginOf(model, next.Version) is not { IsBuiltIn: false, Published: false };
                updates.Add(new ProfileUpdate(model, next.Version, current, changes.Count == 0, changes, following, published));
            }
        }

        return updates;
    }

    /// <summary>What <paramref name="version"/> removes or narrows that the home's unpinned devices of the model use now (empty: nothing, or no such device).</summary>
    public IReadOnlyList<ProfileChange> BreakingChanges(string homeId, string model, int version)
    {
        if (catalog.AcceptedVersion(homeId, model) is not { } current || catalog.Find(model, current) is not { } currentProfile
            || catalog.Find(model, version) is not { } next
            || !registry.ListDevices(new DeviceQuery(HomeId: homeId)).Any(d => d.Model == model && d.ProfileVersion is null))
            return [];
        return ProfileCompatibility.FindBreakingChanges(currentProfile, next);
    }

    /// <summary>The owner accepts the version for the home; returns the home's devices that use it now.</summary>
    public IReadOnlyList<Device> Accept(string homeId, string model, int version)
    {
        catalog.Acceptance.Set(homeId, model, version, ProfileAcceptanceReason.Owner);
        LogAccepted(logger, homeId, model, version, ProfileAcceptanceReason.Owner);
        registry.RefreshProfiles(model);
        return [.. registry.ListDevices(new DeviceQuery(HomeId: homeId)).Where(d => d.Model == model && d.ActiveProfileVersion == version)];
    }

    /// <summary>Switches automatic updates for the home; switched on, it takes at once what passes the check.</summary>
    public void SetAutomatic(string homeId, bool on)
    {
        catalog.Acceptance.SetUpdatesAutomatically(homeId, on);
        if (!on)
            return;
        var models = registry.ListDevices(new DeviceQuery(HomeId: homeId)).Select(d => d.Model).Distinct(StringComparer.Ordinal);
        foreach (var model in models.Where(m => TryUpdate(homeId, m)).ToList())
            registry.RefreshProfiles(model);
    }

    /// <summary>
    /// A version of <paramref name="model"/> was uploaded or published, visible to <paramref name="homes"/> (null:
    /// every home): each of those that updates automatically may take it; then the model's devices are re-picked
    /// (a device pending for an unknown model may now find it).
    /// </summary>
    public void OnNewVersion(string model, IReadOnlyList<string>? homes)
    {
        foreach (var homeId in catalog.Acceptance.AutomaticHomes().Where(h => homes is null || homes.Contains(h)))
            TryUpdate(homeId, model);
        registry.RefreshProfiles(model);
    }

    // The newest version the home may see that breaks nothing of the one it uses; only for a model it already uses.
    private bool TryUpdate(string homeId, string model)
    {
        if (catalog.AcceptedVersion(homeId, model) is not { } current || catalog.Find(model, current) is not { } currentProfile)
            return false;
        var candidate = catalog.VersionsVisibleTo(homeId, model).Where(p => p.Version > current)
            .LastOrDefault(p => ProfileCompatibility.FindBreakingChanges(currentProfile, p).Count == 0);
        if (candidate is null)
            return false;
        catalog.Acceptance.Set(homeId, model, candidate.Version, ProfileAcceptanceReason.Automatic);
        LogAccepted(logger, homeId, model, candidate.Version, ProfileAcceptanceReason.Automatic);
        return true;
    }

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Home {HomeId} accepted profile {Model} version {Version} ({Reason})")]
    private static partial void LogAccepted(ILogger logger, string homeId, string model, int version, ProfileAcceptanceReason reason);
}
