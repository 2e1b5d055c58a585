using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>Onboarding, availability and reported values (issue 3, item 5; docs/mqtt-protocol.md "Device → hub").</summary>
public sealed class DeviceRegistryTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void AnnouncingAKnownModelAddsANewDeviceToTheDefaultHome()
    {
        var registry = Create(_clock);

        var device = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Firmware: "1.4.2", Name: "Ceiling light"));

        Assert.NotNull(device);
        Assert.Equal(DeviceStatus.New, device.Status);
        Assert.Equal(DeviceRegistry.DefaultHomeId, device.HomeId);
        Assert.Equal("Ceiling light", device.Name);
        Assert.Equal("light", device.Type);
        Assert.Equal("1.4.2", device.Firmware);
        Assert.Equal(AvailabilityState.NeverSeen, device.Availability.State);
        Assert.Equal("Home", Assert.Single(registry.ListHomes()).Name);
    }

    [Fact]
    public void AnUnknownModelIsPendingWithTheReasonUntilItsProfileIsAdded()
    {
        var catalog = Catalog();
        var light = catalog.Find(Light)!;
        var registry = Create(_clock, new ProfileCatalog());

        var device = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));
        Assert.Equal(DeviceStatus.Pending, device!.Status);
        Assert.Equal("unknown model aiot.light.ceiling1", device.PendingReason);
        Assert.False(registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).IsAccepted);

        registry.AddProfile(light);

        Assert.True(registry.TryGetDevice("lamp-1", out var resolved));
        Assert.Equal(DeviceStatus.New, resolved.Status);
        Assert.Null(resolved.PendingReason);
    }

    [Fact]
    public void APinnedVersionThatDoesNotExistIsPendingWithTheVersionInTheReason()
    {
        var registry = Create(_clock);

        var device = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, ProfileVersion: 7));

        Assert.Equal(DeviceStatus.Pending, device!.Status);
        Assert.Equal("unknown version 7 of model aiot.light.ceiling1", device.PendingReason);
    }

    [Fact]
    public void ValidValuesAreRecordedAndBadOnesCountedWithoutTouchingTheRest()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");

        var errors = registry.OnProperties("lamp-1", Json("""{"light.on":true,"light.brightness":120,"light.nope":1,"light.mode":2}"""));

        Assert.Equal(["$.values['light.brightness']", "$.values['light.nope']"], errors.Select(e => e.Path));
        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(2, device.Counters.InvalidValues);
        Assert.True(device.Properties["light.on"].Reported!.Value.GetBoolean());
        Assert.Equal(2, device.Properties["light.mode"].Reported!.Value.GetInt32());
        Assert.False(device.Properties.ContainsKey("light.brightness"));
    }

    [Fact]
    public void ValuesNamedByIidAreRecordedUnderTheirNamesWithTheDevicesTimestamp()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var readAt = _clock.GetUtcNow().AddSeconds(-3);

        Assert.Empty(registry.OnProperties("lamp-1", Json("""{"1.2":40}"""), readAt));

        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(40, device.Properties["light.brightness"].Reported!.Value.GetInt32());
        Assert.Equal(readAt, device.Properties["light.brightness"].Reported!.Timestamp);
    }

    [Fact]
    public void StalenessIsTheTimeSinceTheLastReport()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        Assert.True(registry.TryGetDevice("lamp-1", out var before));
        Assert.Null(before.Staleness);

        registry.OnProperties("lamp-1", Json("""{"light.on":false}"""));
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(TimeSpan.FromMinutes(5), device.Staleness);
    }

    [Fact]
    public void AvailabilityKeepsTheReasonAndSinceWhen()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        _clock.Advance(TimeSpan.FromSeconds(30));

        registry.OnAvailability("lamp-1", online: false, "last-will");

        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(new DeviceAvailability(AvailabilityState.Offline, "last-will", _clock.GetUtcNow(), _clock.GetUtcNow()), device.Availability);
    }

    [Fact]
    public void AvailabilityThatArrivesBeforeTheAnnounceIsAppliedWhenTheDeviceAnnounces()
    {
        var registry = Create(_clock);

        registry.OnAvailability("lamp-1", online: true);
        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));

        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(AvailabilityState.Online, device.Availability.State);
    }

    [Fact]
    public void ValuesFromADeviceThatNeverAnnouncedAreCountedAndDropped()
    {
        var registry = Create(_clock);

        Assert.NotEmpty(registry.OnProperties("ghost", Json("""{"light.on":true}""")));

        Assert.Equal(1, registry.UnknownDeviceMessages);
        Assert.Empty(registry.ListDevices());
    }

    [Fact]
    public void DevicesAreListedByRoomAndByType()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        registry.Online("speaker-1", Speaker);
        var kitchen = registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Kitchen")!;

        var placed = registry.UpdateDevice("lamp-2", name: "Kitchen light", roomId: kitchen.Id, aliases: ["kitchen lamp"]);

        Assert.Equal(DeviceStatus.Active, placed!.Status);
        Assert.Equal(["lamp-2"], registry.ListDevices(new DeviceQuery(RoomId: kitchen.Id)).Select(d => d.Id));
        Assert.Equal(["lamp-1", "lamp-2"], registry.ListDevices(new DeviceQuery(Type: "light")).Select(d => d.Id));
        Assert.Equal(["speaker-1"], registry.ListDevices(new DeviceQuery(Type: "speaker")).Select(d => d.Id));
        Assert.Throws<ArgumentException>(() => registry.UpdateDevice("lamp-1", roomId: "r-missing"));
    }

    [Fact]
    public void AValidEventIsRaisedAndAnInvalidOneCounted()
    {
        var registry = Create(_clock);
        registry.Online("speaker-1", Speaker);
        var received = new List<DeviceEventMessage>();
        registry.EventReceived += received.Add;

        Assert.Empty(registry.OnEvent("speaker-1", "intelligent-speaker.voice-command", Json("""{"utterance":"lights on","confidence":90}""")));
        Assert.NotEmpty(registry.OnEvent("speaker-1", "intelligent-speaker.voice-command", Json("""{"utterance":42,"confidence":90}""")));
        Assert.NotEmpty(registry.OnEvent("speaker-1", "speaker.nothing", Json("{}")));

        var message = Assert.Single(received);
        Assert.Equal("intelligent-speaker.voice-command", message.Key);
        Assert.Equal("lights on", message.Arguments.GetProperty("utterance").GetString());
        Assert.True(registry.TryGetDevice("speaker-1", out var device));
        Assert.Equal(2, device.Counters.InvalidEvents);
    }
}
