namespace AiotHub.Core.Events;

/// <summary>A hub-wide synchronous listener attached by <see cref="HomeEventFeed.Listen"/>; dispose to detach.</summary>
public sealed class HomeEventListener : IDisposable
{
    private readonly HomeEventFeed _feed;
    private readonly Action<HomeEvent> _listener;
    private volatile bool _detached;

    internal HomeEventListener(HomeEventFeed feed, Action<HomeEvent> listener)
    {
        _feed = feed;
        _listener = listener;
    }

    internal void Invoke(HomeEvent homeEvent)
    {
        if (!_detached)
            _listener(homeEvent);
    }

    public void Dispose()
    {
        _detached = true;
        _feed.Detach(this);
    }
}
