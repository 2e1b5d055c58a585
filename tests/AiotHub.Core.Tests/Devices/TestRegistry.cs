using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Tests.Profiles;

namespace AiotHub.Core.Tests.Devices;

/// <summary>A registry over the shipped profiles and a manual clock, optionally over a store.</summary>
internal static class TestRegistry
{
    public const string Light = "aiot.light.ceiling1";
    public const string Speaker = "aiot.speaker.s1";

    public static ProfileCatalog Catalog()
    {
        var catalog = ProfileCatalog.LoadDirectory(RepositoryFiles.DeviceProfiles, out var problems);
        Assert.Empty(problems);
        return catalog;
    }

    public static DeviceRegistry Create(ManualClock clock, ProfileCatalog? catalog = null, DeviceStore? store = null, TimeSpan? timeout = null) =>
        new(catalog ?? Catalog(), store, clock, new DeviceRegistryOptions { CommandTimeout = timeout ?? TimeSpan.FromSeconds(10) });

    /// <summary>Announced and online.</summary>
    public static void Online(this DeviceRegistry registry, string id, string model = Light)
    {
        registry.OnAnnounce(id, new DeviceAnnouncement(model, Firmware: "1.0.0"));
        registry.OnAvailability(id, online: true);
    }

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static DeviceCommandRequest? TakeOutbound(this DeviceRegistry registry) =>
        registry.Outbox.TryRead(out var message) ? message : null;
}
