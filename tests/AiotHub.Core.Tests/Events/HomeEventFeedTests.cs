using AiotHub.Core.Events;

namespace AiotHub.Core.Tests.Events;

public sealed class HomeEventFeedTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();

    private HomeEventFeed Feed(int capacity = 100, int subscriberCapacity = 100, TimeSpan? maxAge = null) =>
        new(new HomeEventFeedOptions { Capacity = capacity, SubscriberCapacity = subscriberCapacity, MaxAge = maxAge ?? TimeSpan.FromMinutes(10) }, _clock);

    private HomeEvent Publish(HomeEventFeed feed, string home = "home") =>
        feed.Publish(new HomeEventDraft(home, _clock.GetUtcNow(), "d-1", new DeviceEvent("button.pressed", default)));

    private static List<HomeEvent> Drain(HomeEventSubscription subscription)
    {
        var events = new List<HomeEvent>();
        while (subscription.Reader.TryRead(out var e))
            events.Add(e);
        return events;
    }

    [Fact]
    public void IdsIncreaseByOneAcrossHomesAndListenersSeeOnlyTheirHome()
    {
        var feed = Feed();
        using var home = feed.Subscribe("home");
        using var other = feed.Subscribe("other");

        var ids = new[] { Publish(feed).Id, Publish(feed, "other").Id, Publish(feed).Id };

        Assert.Equal([1L, 2L, 3L], ids);
        Assert.Equal([1L, 3L], Drain(home).Select(e => e.Id));
        Assert.Equal([2L], Drain(other).Select(e => e.Id));
    }

    [Fact]
    public void ResumingReplaysExactlyTheBufferedEventsOfTheHomeAfterTheId()
    {
        var feed = Feed();
        for (var i = 0; i < 5; i++)
            Publish(feed, i == 3 ? "other" : "home");

        using var subscription = feed.Subscribe("home", lastEventId: 2);
        Publish(feed);

        Assert.False(subscription.Replay.Reset);
        Assert.Equal([3L, 5L], subscription.Replay.Events.Select(e => e.Id));
        Assert.Equal([6L], Drain(subscription).Select(e => e.Id));
    }

    [Fact]
    public void AnIdOlderThanTheBufferOrFromTheFutureIsAReset()
    {
        var feed = Feed(capacity: 3);
        for (var i = 0; i < 6; i++)
            Publish(feed);

        using var tooOld = feed.Subscribe("home", lastEventId: 2);
        using var justInside = feed.Subscribe("home", lastEventId: 3);
        using var future = feed.Subscribe("home", lastEventId: 7);

        Assert.True(tooOld.Replay.Reset);
        Assert.Equal(6, tooOld.Replay.NewestId);
        Assert.Empty(tooOld.Replay.Events);
        Assert.False(justInside.Replay.Reset);
        Assert.Equal([4L, 5L, 6L], justInside.Replay.Events.Select(e => e.Id));
        Assert.True(future.Replay.Reset);
    }

    [Fact]
    public void EventsOlderThanTheMaximumAgeAreForgotten()
    {
        var feed = Feed(maxAge: TimeSpan.FromMinutes(10));
        Publish(feed);
        _clock.Now += TimeSpan.FromMinutes(11);
        Publish(feed);

        using var subscription = feed.Subscribe("home", lastEventId: 0);
        using var caughtUp = feed.Subscribe("home", lastEventId: 1);

        Assert.True(subscription.Replay.Reset);
        Assert.Equal([2L], caughtUp.Replay.Events.Select(e => e.Id));
    }

    [Fact]
    public void AFullListenerIsDroppedWithOverflowAndPublishingGoesOn()
    {
        var feed = Feed(subscriberCapacity: 3);
        using var slow = feed.Subscribe("home");
        using var other = feed.Subscribe("home");

        var keptUp = 0;
        for (var i = 0; i < 10; i++)
        {
            Publish(feed);
            keptUp += Drain(other).Count;
        }

        Assert.True(slow.Overflowed);
        Assert.Equal([1L, 2L, 3L], Drain(slow).Select(e => e.Id));
        Assert.True(slow.Reader.Completion.IsCompleted);
        Assert.False(other.Overflowed);
        Assert.Equal(10, keptUp);
        Assert.Equal(1, feed.SubscriberCount);
        Assert.Equal(10, feed.LastId);
    }

    [Fact]
    public void DisposingUnsubscribes()
    {
        var feed = Feed();
        var subscription = feed.Subscribe("home");
        subscription.Dispose();

        Publish(feed);

        Assert.Equal(0, feed.SubscriberCount);
        Assert.Empty(Drain(subscription));
    }

    [Fact]
    public void PublishedSeesEveryHomesEventsInOrderWithoutBeingAListener()
    {
        var feed = Feed(subscriberCapacity: 1);
        var seen = new List<(long, string)>();
        feed.Published += e => seen.Add((e.Id, e.HomeId));

        Publish(feed);
        Publish(feed, "other");
        Publish(feed);

        Assert.Equal([(1L, "home"), (2L, "other"), (3L, "home")], seen);
        Assert.Equal(0, feed.SubscriberCount);
    }
}
