using AiotHub.Core.Events;

namespace AiotHub.Core.Tests.Events;

public sealed class HomeEventTypesTests
{
    [Fact]
    public void CoresEventRecordsAreFoundByNameAndEachKnowsItsType()
    {
        var records = HomeEventTypes.In(typeof(HomeEventData).Assembly);

        Assert.Equal(
            ["availability-changed", "command-updated", "desired-changed", "device-added", "device-approved", "device-event",
             "device-pending", "device-rejected", "device-removed", "device-updated", "property-changed", "room-removed"],
            records.Select(HomeEventTypes.Of));
        Assert.All(records, r => Assert.True(r.IsSealed));
        Assert.Equal("property-changed", new PropertyChanged("light.on", null, null).Type);
        Assert.Equal("device-added", HomeEventTypes.Of<DeviceAdded>());
        Assert.Equal(new DeviceHistoryEvent().Type, HomeEventTypes.Of<DeviceHistoryEvent>());
    }

    [Fact]
    public void ARecordWithoutAWellFormedNameCannotBeCreated()
    {
        Assert.Throws<InvalidOperationException>(() => new Unnamed());
        Assert.Throws<InvalidOperationException>(() => new BadlyNamed());
        Assert.Throws<ArgumentException>(() => HomeEventTypes.Of(typeof(string)));
        Assert.Throws<ArgumentException>(() => HomeEventTypes.Of<DeviceChange>());
    }

    [HomeEventType("device-history-purged")]
    private sealed record DeviceHistoryEvent : HomeEventData;

    private sealed record Unnamed : HomeEventData;

    [HomeEventType("Device_Changed")]
    private sealed record BadlyNamed : HomeEventData;
}
