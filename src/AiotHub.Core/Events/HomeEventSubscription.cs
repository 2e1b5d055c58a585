using System.Threading.Channels;

namespace AiotHub.Core.Events;

/// <summary>
/// One live listener: <see cref="Replay"/> first, then <see cref="Reader"/>. When the listener falls
/// more than the feed's subscriber capacity behind, the feed drops it: the reader completes and
/// <see cref="Overflowed"/> is true (the client should resume from the last id it handled).
/// Dispose to unsubscribe.
/// </summary>
public sealed class HomeEventSubscription : IDisposable
{
    private readonly HomeEventFeed _feed;
    private readonly Channel<HomeEvent> _channel;
    private volatile bool _overflowed;

    internal HomeEventSubscription(HomeEventFeed feed, string homeId, int capacity, HomeEventReplay replay)
    {
        _feed = feed;
        HomeId = homeId;
        Replay = replay;
        _channel = Channel.CreateBounded<HomeEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string HomeId { get; }

    public HomeEventReplay Replay { get; }

    public ChannelReader<HomeEvent> Reader => _channel.Reader;

    public bool Overflowed => _overflowed;

    /// <summary>Called under the feed's lock; false when the listener is full and has been dropped.</summary>
    internal bool Offer(HomeEvent homeEvent)
    {
        if (_channel.Writer.TryWrite(homeEvent))
            return true;
        _overflowed = true;
        _channel.Writer.TryComplete();
        return false;
    }

    public void Dispose()
    {
        _feed.Unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
