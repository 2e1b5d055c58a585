using AiotHub.Core.Events;

namespace AiotHub.Core.Tests.Events;

/// <summary>HomeEventFeed.Published as the automation engine relies on it: synchronous, detachable, re-entrant.</summary>
public sealed class HomeEventFeedPublishedTests
{
    private static HomeEvent Publish(HomeEventFeed feed, string home) =>
        feed.Publish(new HomeEventDraft(home, DateTimeOffset.UnixEpoch, "d-1", new DeviceEvent("button.pressed", default)));

    [Fact]
    public void HandlersRunOnThePublishersThreadBeforePublishReturns()
    {
        var feed = new HomeEventFeed();
        var seen = new List<(long Id, int Thread)>();
        feed.Published += e => seen.Add((e.Id, Environment.CurrentManagedThreadId));

        var first = Publish(feed, "home");
        Assert.Equal([(first.Id, Environment.CurrentManagedThreadId)], seen);
        var second = Publish(feed, "other");

        Assert.Equal([first.Id, second.Id], seen.Select(s => s.Id));
    }

    [Fact]
    public void ADetachedHandlerSeesNothingMoreAndOthersStillDo()
    {
        var feed = new HomeEventFeed();
        var a = new List<long>();
        var b = new List<long>();
        void ListenerA(HomeEvent e) => a.Add(e.Id);
        feed.Published += ListenerA;
        feed.Published += e => b.Add(e.Id);

        Publish(feed, "home");
        feed.Published -= ListenerA;
        Publish(feed, "home");

        Assert.Equal([1L], a);
        Assert.Equal([1L, 2L], b);
    }

    [Fact]
    public void AHandlerMayPublishInTurnAndTheFeedStaysInOrder()
    {
        var feed = new HomeEventFeed();
        using var subscription = feed.Subscribe("home");
        feed.Published += e =>
        {
            if (e.Data is DeviceEvent)
                feed.Publish(new HomeEventDraft("home", e.Time, null, new DeviceUpdated("d-1", "Lamp", "acme.lamp", null, AiotHub.Core.Devices.DeviceStatus.Active, null)));
        };

        Publish(feed, "home");

        Assert.True(subscription.Reader.TryRead(out var first));
        Assert.True(subscription.Reader.TryRead(out var second));
        Assert.Equal((1L, "device-event"), (first.Id, first.Type));
        Assert.Equal((2L, "device-updated"), (second.Id, second.Type));
    }
}
