namespace AiotHub.Core.Events;

/// <summary>
/// The hub's live event feed: numbers events (one sequence per hub), keeps the last
/// <see cref="HomeEventFeedOptions.Capacity"/> of them (no older than <see cref="HomeEventFeedOptions.MaxAge"/>)
/// for clients that resume, and hands each to the listeners of its home. Publishing never blocks:
/// a listener that is full is dropped (see <see cref="HomeEventSubscription.Overflowed"/>).
/// </summary>
public sealed class HomeEventFeed
{
    private readonly Lock _sync = new();
    private readonly Queue<HomeEvent> _buffer = new();
    private readonly List<HomeEventSubscription> _subscribers = [];
    private readonly HomeEventFeedOptions _options;
    private readonly TimeProvider _time;
    private long _lastId;

    public HomeEventFeed(HomeEventFeedOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new HomeEventFeedOptions();
        _time = timeProvider ?? TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Capacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.SubscriberCapacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.MaxAge, TimeSpan.Zero, nameof(options));
    }

    /// <summary>The id of the newest event published, 0 before the first.</summary>
    public long LastId
    {
        get
        {
            lock (_sync)
            {
                return _lastId;
            }
        }
    }

    /// <summary>Listeners currently attached (dropped and disposed ones are gone).</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_sync)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>
    /// Raised after each event is published, outside the feed's lock, for parts of the hub that follow
    /// every home (the automation catalog re-checks definitions when devices change). Unlike a
    /// subscription it is not a client: not counted in <see cref="SubscriberCount"/>, never dropped.
    /// Handlers run on the publisher's thread, so they must only note the event and return.
    /// </summary>
    public event Action<HomeEvent>? Published;

    public HomeEvent Publish(HomeEventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        HomeEvent homeEvent;
        lock (_sync)
        {
            homeEvent = new HomeEvent(++_lastId, draft.HomeId, draft.Time, draft.DeviceId, draft.Data);
            _buffer.Enqueue(homeEvent);
            PruneLocked();
            for (var i = _subscribers.Count - 1; i >= 0; i--)
            {
                var subscriber = _subscribers[i];
                if (subscriber.HomeId == homeEvent.HomeId && !subscriber.Offer(homeEvent))
                    _subscribers.RemoveAt(i);
            }
        }

        Published?.Invoke(homeEvent);
        return homeEvent;
    }

    /// <summary>
    /// Listens to one home. With <paramref name="lastEventId"/>, the buffered events of that home
    /// after it come first (atomically with attaching, so nothing is missed or repeated), or a reset
    /// when events after it are no longer buffered or the id is from the future (another hub run).
    /// </summary>
    public HomeEventSubscription Subscribe(string homeId, long? lastEventId = null)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        lock (_sync)
        {
            PruneLocked();
            var oldest = _buffer.TryPeek(out var first) ? first.Id : _lastId + 1;
            HomeEventReplay replay;
            if (lastEventId is not { } after)
                replay = new HomeEventReplay([], false, oldest, _lastId);
            else if (after < oldest - 1 || after > _lastId)
                replay = new HomeEventReplay([], true, oldest, _lastId);
            else
                replay = new HomeEventReplay([.. _buffer.Where(e => e.Id > after && e.HomeId == homeId)], false, oldest, _lastId);
            var subscription = new HomeEventSubscription(this, homeId, _options.SubscriberCapacity, replay);
            _subscribers.Add(subscription);
            return subscription;
        }
    }

    internal void Unsubscribe(HomeEventSubscription subscription)
    {
        lock (_sync)
        {
            _subscribers.Remove(subscription);
        }
    }

    private void PruneLocked()
    {
        var horizon = _time.GetUtcNow() - _options.MaxAge;
        while (_buffer.TryPeek(out var oldest) && (_buffer.Count > _options.Capacity || oldest.Time < horizon))
            _buffer.Dequeue();
    }
}
