using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using static AiotHub.Core.Tests.Devices.DeviceRemovalTests;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>
/// A re-announce with another model is held as a pending change until approved (issue 12, item 2), and the
/// pending lists with approve and reject (item 4).
/// </summary>
public sealed class PendingDevicesTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private const string Motion = "aiot.sensor.motion1";
    private const string Plug = "aiot.plug.meter1";
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-pending-").FullName;

    [Fact]
    public async Task AMotionSensorReannouncedAsAPlugKeepsItsModelAndTheChangeIsHeldWithItsReasonAcrossARestart()
    {
        var path = Path.Combine(_directory, "hub.db");
        await using (var store = DeviceStore.Open(path, new DeviceStoreOptions { TimeProvider = _clock }))
        {
            var registry = Create(_clock, store: store);
            registry.Online("hall-motion", Motion);
            registry.UpdateDevice("hall-motion", roomId: registry.CreateRoom(Home, "Hall")!.Id);
            using var feed = registry.Events.Subscribe(Home);
            _clock.Advance(TimeSpan.FromMinutes(1));

            var device = registry.OnAnnounce("hall-motion", new DeviceAnnouncement(Plug, Firmware: "6.6.6"));

            Assert.Equal((Motion, "1.0.0", DeviceStatus.Active, 3L), (device!.Model, device.Firmware, device.Status, device.Version));
            Assert.Equal(new PendingChange(Plug, null, "6.6.6", $"model changed from {Motion} to {Plug}", _clock.GetUtcNow()), device.Pending);
            var pendingEvent = Assert.Single(Drain(feed));
            Assert.Equal("device-pending", pendingEvent.Type);
            Assert.Equal(new DevicePending("hall-motion", "hall-motion", Motion, device.Pending!), pendingEvent.Data);
            // The device keeps reporting as what it is: its motion values are still checked against its own profile.
            Assert.Empty(registry.OnProperties("hall-motion", Json("""{"motion-sensor.motion-state":true}""")));
            Drain(feed);
            // Announcing the same change again is not news.
            registry.OnAnnounce("hall-motion", new DeviceAnnouncement(Plug, Firmware: "6.6.6"));
            Assert.Empty(Drain(feed));
        }

        await using (var store = DeviceStore.Open(path, new DeviceStoreOptions { TimeProvider = _clock }))
        {
            var registry = Create(_clock, store: store);
            var entry = Assert.Single(registry.ListPending(Home));
            Assert.Equal((PendingDeviceKind.Change, Motion, $"model changed from {Motion} to {Plug}", 3L), (entry.Kind, entry.Model, entry.Reason, entry.Version));
            Assert.True(registry.TryGetDevice("hall-motion", out var device));
            Assert.Equal(Motion, device.Model);
            Assert.Equal(Plug, device.Pending!.Model);
        }
    }

    [Fact]
    public void AFirmwareUpdateAloneIsRecordedAsItComes()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");

        var device = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Firmware: "1.1.0"));

        Assert.Equal(("1.1.0", null, 2L), (device!.Firmware, device.Pending, device.Version));
    }

    [Fact]
    public void AnotherPinnedProfileVersionIsHeldLikeAnotherModel()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");

        var pinned = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, ProfileVersion: 1, Firmware: "1.0.0"));

        Assert.Null(pinned!.ProfileVersion);
        Assert.Equal("profile version changed from the home's to 1", pinned.Pending!.Reason);
    }

    [Fact]
    public void ApprovingAppliesTheHeldChangeAndSaysSoOnTheFeed()
    {
        var registry = Create(_clock);
        registry.Online("hall-motion", Motion);
        registry.OnAnnounce("hall-motion", new DeviceAnnouncement(Plug, Firmware: "2.0"));
        using var feed = registry.Events.Subscribe(Home);

        var stale = registry.ApproveDevice(Home, "hall-motion", precondition: version => version == 1);
        var result = registry.ApproveDevice(Home, "hall-motion", precondition: version => version == 2);

        Assert.Equal(DeviceDecisionOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(DeviceDecisionOutcome.Applied, result.Outcome);
        Assert.Equal((Plug, "2.0", null, DeviceStatus.Active, "outlet", 3L),
            (result.Device!.Model, result.Device.Firmware, result.Device.Pending, result.Device.Status, result.Device.Type, result.Device.Version));
        Assert.Equal($"model changed from {Motion} to {Plug}", result.Reason);
        var events = Drain(feed);
        Assert.Equal(["device-updated", "device-approved"], events.Select(e => e.Type));
        Assert.Equal(new DeviceApproved("hall-motion", "hall-motion", Plug, null, result.Reason!), events[1].Data);
        Assert.Empty(registry.ListPending(Home));
    }

    [Fact]
    public void RejectingDropsTheHeldChangeAndTheDeviceKeepsItsModel()
    {
        var registry = Create(_clock);
        registry.Online("hall-motion", Motion);
        registry.UpdateDevice("hall-motion", name: "Hall motion", roomId: registry.CreateRoom(Home, "Hall")!.Id);
        registry.OnAnnounce("hall-motion", new DeviceAnnouncement(Plug));
        using var feed = registry.Events.Subscribe(Home);

        var result = registry.RejectDevice(Home, "hall-motion");

        Assert.Equal(DeviceDecisionOutcome.Applied, result.Outcome);
        Assert.Equal((Motion, null), (result.Device!.Model, result.Device.Pending));
        Assert.Null(result.Removal);
        Assert.Equal(new DeviceRejected("hall-motion", "Hall motion", Motion, null, $"model changed from {Motion} to {Plug}", false), Assert.Single(Drain(feed)).Data);
        Assert.Equal(DeviceDecisionOutcome.NothingPending, registry.RejectDevice(Home, "hall-motion").Outcome);
        Assert.True(registry.TryGetDevice("hall-motion", out _));
    }

    [Fact]
    public void ANewDeviceIsApprovedIntoTheHomeOrRejectedOutOfIt()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        var room = registry.CreateRoom(Home, "Hall")!;
        Assert.Equal([PendingDeviceKind.New, PendingDeviceKind.New], registry.ListPending(Home).Select(p => p.Kind));
        using var feed = registry.Events.Subscribe(Home);

        var approved = registry.ApproveDevice(Home, "lamp-1", room.Id, "Hall light");
        var rejected = registry.RejectDevice(Home, "lamp-2");

        Assert.Equal((DeviceStatus.Active, room.Id, "Hall light", "new device"), (approved.Device!.Status, approved.Device.RoomId, approved.Device.Name, approved.Reason));
        Assert.Equal((DeviceDecisionOutcome.Applied, null), (rejected.Outcome, rejected.Device));
        Assert.Equal(new DeviceRemoval("lamp-2", "lamp-2", Light, null, DeviceHistory.Purge, 0, 1), rejected.Removal);
        Assert.False(registry.TryGetDevice("lamp-2", out _));
        Assert.Equal(["device-updated", "device-approved", "device-rejected", "device-removed"], Drain(feed).Select(e => e.Type));
        Assert.Empty(registry.ListPending(Home));
        Assert.Equal(DeviceDecisionOutcome.NothingPending, registry.ApproveDevice(Home, "lamp-1").Outcome);
    }

    [Fact]
    public void ADeviceOfAnUnknownModelCannotBeApprovedButCanBeRejected()
    {
        var registry = Create(_clock);
        registry.OnAnnounce("mystery-1", new DeviceAnnouncement("acme.thing.x1"));

        var entry = Assert.Single(registry.ListPending(Home));
        var approve = registry.ApproveDevice(Home, "mystery-1");
        var reject = registry.RejectDevice(Home, "mystery-1");

        Assert.Equal((PendingDeviceKind.UnknownModel, "unknown model acme.thing.x1"), (entry.Kind, entry.Reason));
        Assert.Equal(DeviceDecisionOutcome.ModelUnknown, approve.Outcome);
        Assert.Equal(("unknown model acme.thing.x1", true), (reject.Reason, reject.Removal is not null));
        Assert.Empty(registry.ListDevices());
    }

    [Fact]
    public void ThePendingListsAreBoundedAndWhatDoesNotFitIsCountedAndChangesNothing()
    {
        var registry = new DeviceRegistry(Catalog(), null, _clock, new DeviceRegistryOptions { MaxPendingDevices = 2 });
        registry.Online("hall-motion", Motion);
        registry.ApproveDevice(Home, "hall-motion");
        registry.Online("lamp-1");
        registry.Online("lamp-2");

        var third = registry.OnAnnounce("lamp-3", new DeviceAnnouncement(Light));
        var change = registry.OnAnnounce("hall-motion", new DeviceAnnouncement(Plug));

        Assert.Null(third);
        Assert.False(registry.TryGetDevice("lamp-3", out _));
        Assert.Equal((Motion, null), (change!.Model, change.Pending));
        Assert.Equal(2, registry.RefusedAnnouncements);
        Assert.Equal(2, registry.ListPending(Home).Count);
        // A device already on the list may still change what it asks for.
        Assert.NotNull(registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Plug))!.Pending);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
