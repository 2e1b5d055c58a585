using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Core.Tests.Profiles;

namespace AiotHub.Core.Tests.Devices;

/// <summary>Which version of a model a home's device uses (issue 12 item 7): visibility, first use, acceptance, built-in versions.</summary>
public sealed class ProfileCatalogTests
{
    private const string Model = "acme.light.lamp1";
    private static readonly ProfileOrigin FromA = new("a", "tok_a", Published: false);

    [Fact]
    public void AHomeUsesTheFirstVersionItMaySeeAndANewerOneOnlyOnceItAcceptsIt()
    {
        var catalog = new ProfileCatalog();
        catalog.Add(Version(1), FromA);

        Assert.Equal(1, catalog.Resolve("a", Model, null)?.Version);
        Assert.Null(catalog.Resolve("b", Model, null));
        Assert.False(catalog.IsKnownTo("b", Model));
        Assert.Equal(1, catalog.Acceptance.Get("a", Model));

        catalog.Add(Version(2), FromA);
        Assert.Equal(1, catalog.Resolve("a", Model, null)?.Version);
        catalog.Acceptance.Set("a", Model, 2, ProfileAcceptanceReason.Owner);
        Assert.Equal(2, catalog.Resolve("a", Model, null)?.Version);

        Assert.True(catalog.Publish(Model, 1));
        Assert.Equal(1, catalog.Resolve("b", Model, null)?.Version);
        Assert.True(catalog.Publish(Model, 2));
        Assert.Equal(1, catalog.Resolve("b", Model, null)?.Version);
        Assert.Equal([1, 2], catalog.VersionsVisibleTo("b", Model).Select(p => p.Version));
        Assert.False(catalog.Publish(Model, 3));
    }

    [Fact]
    public void APinnedVersionIsUsedOnlyInAHomeThatMaySeeIt()
    {
        var catalog = new ProfileCatalog();
        catalog.Add(Version(1), FromA with { Published = true });
        catalog.Add(Version(2), FromA);

        Assert.Equal(2, catalog.Resolve("a", Model, 2)?.Version);
        Assert.Null(catalog.Resolve("b", Model, 2));
        Assert.Equal(1, catalog.Resolve("b", Model, 1)?.Version);
        Assert.Null(catalog.Resolve("a", Model, 3));
        // Pinning records nothing: the home still takes its first unpinned version when a device needs one.
        Assert.Null(catalog.Acceptance.Get("b", Model));
    }

    [Fact]
    public void BuiltInVersionsCountAsAcceptedInEveryHomeWithoutARecord()
    {
        var catalog = new ProfileCatalog();
        catalog.Add(Version(1));
        catalog.Add(Version(2), ProfileOrigin.Unowned);
        catalog.Add(Version(3), FromA);

        Assert.Equal(2, catalog.Resolve("a", Model, null)?.Version);
        Assert.Equal(2, catalog.Resolve("b", Model, null)?.Version);
        Assert.Null(catalog.Acceptance.Get("a", Model));
        Assert.Equal(2, catalog.NewestBuiltIn(Model));
        catalog.Acceptance.Set("a", Model, 3, ProfileAcceptanceReason.Owner);
        Assert.Equal(3, catalog.Resolve("a", Model, null)?.Version);
        Assert.Equal(2, catalog.Resolve("b", Model, null)?.Version);
        Assert.Equal(["acme"], catalog.ShippedVendors());
    }

    [Fact]
    public void AnAcceptedVersionWhoseDocumentIsGoneFallsBackToAnOlderOneNeverANewerOne()
    {
        var catalog = new ProfileCatalog();
        catalog.Add(Version(1), FromA);
        catalog.Add(Version(3), FromA);
        catalog.Acceptance.Set("a", Model, 2, ProfileAcceptanceReason.Owner);

        Assert.Equal(1, catalog.Resolve("a", Model, null)?.Version);
    }

    [Fact]
    public void TheRegistryPicksEachDevicesVersionByItsHomeAndRefreshesWhenAHomeAccepts()
    {
        var catalog = new ProfileCatalog();
        catalog.Add(Version(1), FromA with { HomeId = DeviceRegistry.DefaultHomeId });
        var registry = new DeviceRegistry(catalog, timeProvider: new ManualClock());
        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Model));
        registry.OnAnnounce("lamp-2", new DeviceAnnouncement(Model, ProfileVersion: 1));
        catalog.Add(Version(2), FromA with { HomeId = DeviceRegistry.DefaultHomeId });

        Assert.Empty(registry.RefreshProfiles(Model));
        catalog.Acceptance.Set(DeviceRegistry.DefaultHomeId, Model, 2, ProfileAcceptanceReason.Owner);
        var changed = registry.RefreshProfiles(Model);

        Assert.Equal(["lamp-1"], changed.Select(d => d.Id));
        Assert.Equal(2, changed[0].ActiveProfileVersion);
        Assert.Equal(2, registry.ProfileOf("lamp-1")?.Version);
        Assert.Equal(1, registry.ProfileOf("lamp-2")?.Version);
    }

    private static DeviceProfile Version(int version)
    {
        var result = DeviceProfileParser.Parse(ProfileSamples.With(root => root["version"] = version));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Profile;
    }
}
