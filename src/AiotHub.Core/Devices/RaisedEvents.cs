using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>
/// Home events raised under a lock (the registry's, the command tracker's) and published to the feed after it is
/// released, in the order they were raised; with them, the command waiters to complete once those events are out, so
/// a waiter's own events (a scene run finishing) never overtake the command's. Its own short lock only guards the lists:
/// the order of locks is registry → command tracker → this, and publishing holds none of the three.
/// </summary>
internal sealed class RaisedEvents(HomeEventFeed feed)
{
    private readonly Lock _sync = new();

    // Serialises publishing, so events reach the feed in the order they were raised. Publishing is only numbering
    // and non-blocking channel writes, and the feed's Published handlers; no other lock of the registry is held.
    private readonly Lock _publishSync = new();
    private List<HomeEventDraft> _raised = [];
    private List<HomeEventDraft> _publishing = [];
    private List<(TaskCompletionSource<DeviceCommand?> Waiter, DeviceCommand Command)> _released = [];
    private List<(TaskCompletionSource<DeviceCommand?> Waiter, DeviceCommand Command)> _releasing = [];

    // _raised.Count + _released.Count, readable without a lock: most calls raise nothing and skip both locks.
    private int _count;

    public HomeEventFeed Feed { get; } = feed;

    public void Raise(HomeEventDraft draft)
    {
        lock (_sync)
        {
            _raised.Add(draft);
            _count++;
        }
    }

    /// <summary>Completes <paramref name="waiter"/> with <paramref name="command"/> once the events raised before it are published.</summary>
    public void Release(TaskCompletionSource<DeviceCommand?> waiter, DeviceCommand command)
    {
        lock (_sync)
        {
            _released.Add((waiter, command));
            _count++;
        }
    }

    /// <summary>Forgets what was raised (restoring replays history nobody is listening for).</summary>
    public void Discard()
    {
        lock (_sync)
        {
            _raised.Clear();
            _released.Clear();
            _count = 0;
        }
    }

    /// <summary>Publishes what was raised, then completes the released waiters; call with no lock of the registry held.</summary>
    public void Publish()
    {
        // A caller's own raise is visible to it; if the count is 0, another caller already took it.
        if (Volatile.Read(ref _count) == 0)
            return;
        lock (_publishSync)
        {
            // A Published handler that calls back into the registry publishes its own events here, after the batch it
            // interrupted has been taken: the lists being iterated are this call's, never swapped under it.
            if (_publishing.Count > 0 || _releasing.Count > 0)
            {
                PublishNested();
                return;
            }

            try
            {
                lock (_sync)
                {
                    (_raised, _publishing) = (_publishing, _raised);
                    (_released, _releasing) = (_releasing, _released);
                    _count = 0;
                }

                foreach (var draft in _publishing)
                    Feed.Publish(draft);
                foreach (var (waiter, command) in _releasing)
                    waiter.TrySetResult(command);
            }
            finally
            {
                _publishing.Clear();
                _releasing.Clear();
            }
        }
    }

    // Re-entered from a Published handler on this thread: rare, so a copy is fine.
    private void PublishNested()
    {
        HomeEventDraft[] drafts;
        (TaskCompletionSource<DeviceCommand?> Waiter, DeviceCommand Command)[] released;
        lock (_sync)
        {
            drafts = [.. _raised];
            released = [.. _released];
            _raised.Clear();
            _released.Clear();
            _count = 0;
        }

        foreach (var draft in drafts)
            Feed.Publish(draft);
        foreach (var (waiter, command) in released)
            waiter.TrySetResult(command);
    }
}
