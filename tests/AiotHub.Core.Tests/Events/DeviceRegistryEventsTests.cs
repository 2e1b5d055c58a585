using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Events;

/// <summary>What the registry puts on its home event feed for each kind of change.</summary>
public sealed class DeviceRegistryEventsTests
{
    private readonly ManualClock _clock = new();

    private static List<HomeEvent> Drain(HomeEventSubscription subscription)
    {
        var events = new List<HomeEvent>();
        while (subscription.Reader.TryRead(out var e))
            events.Add(e);
        return events;
    }

    [Fact]
    public void AnnouncingRenamingAndGoingOnlineAndOfflineAreEventsButARepeatedAnnounceIsNot()
    {
        var registry = Create(_clock);
        using var feed = registry.Events.Subscribe(DeviceRegistry.DefaultHomeId);

        registry.Online("lamp-1");
        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Firmware: "1.0.0"));
        registry.UpdateDevice("lamp-1", name: "Ceiling");
        registry.OnAvailability("lamp-1", online: true);
        registry.OnAvailability("lamp-1", online: false, "last-will");

        var events = Drain(feed);
        Assert.Equal(["device-added", "availability-changed", "device-updated", "availability-changed"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(("home", "lamp-1"), (e.HomeId, e.DeviceId)));
        Assert.Equal("Ceiling", Assert.IsType<DeviceUpdated>(events[2].Data).Name);
        Assert.Equal(new AvailabilityChanged(AvailabilityState.Offline, "last-will", AvailabilityState.Online), events[3].Data);
    }

    [Fact]
    public void OnlyAChangedReportedValueIsAPropertyChangeAndDeviceEventsCarryTheirArguments()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("speaker-1", Speaker);
        using var feed = registry.Events.Subscribe(DeviceRegistry.DefaultHomeId);

        registry.OnProperties("lamp-1", Json("""{"light.brightness":10,"light.on":true}"""));
        registry.OnProperties("lamp-1", Json("""{"light.brightness":10,"light.on":false}"""));
        registry.OnEvent("speaker-1", "intelligent-speaker.voice-command", Json("""{"utterance":"lights on","confidence":90}"""));

        var events = Drain(feed);
        Assert.Equal(["property-changed", "property-changed", "property-changed", "device-event"], events.Select(e => e.Type));
        var lastChange = Assert.IsType<PropertyChanged>(events[2].Data);
        Assert.Equal(("light.on", true, false), (lastChange.Key, lastChange.Old!.Value.GetBoolean(), lastChange.New!.Value.GetBoolean()));
        var voice = Assert.IsType<DeviceEvent>(events[3].Data);
        Assert.Equal("lights on", voice.Arguments.GetProperty("utterance").GetString());
        Assert.Equal(Enumerable.Range(1, 4).Select(i => events[0].Id + i - 1), events.Select(e => e.Id));
    }

    [Fact]
    public void ACommandToAnOfflineDeviceIsPendingThenOfflineAndATimeoutIsAnUpdate()
    {
        var registry = Create(_clock, timeout: TimeSpan.FromSeconds(5));
        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Firmware: "1.0.0"));
        registry.Online("lamp-2");
        using var feed = registry.Events.Subscribe(DeviceRegistry.DefaultHomeId);

        registry.CallAction("lamp-1", "light.toggle");
        registry.CallAction("lamp-2", "light.toggle");
        _clock.Advance(TimeSpan.FromSeconds(6));

        var statuses = Drain(feed).Select(e => (e.DeviceId, Assert.IsType<CommandUpdated>(e.Data).Status));
        Assert.Equal([("lamp-1", CommandStatus.Pending), ("lamp-1", CommandStatus.Offline), ("lamp-2", CommandStatus.Pending), ("lamp-2", CommandStatus.TimedOut)], statuses);
    }
}
