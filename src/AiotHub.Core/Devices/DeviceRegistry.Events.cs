using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>
/// Raising home events: changes are collected under the registry's lock and published to
/// <see cref="Events"/> after it is released, so no listener ever runs (or waits) under it.
/// </summary>
public sealed partial class DeviceRegistry
{
    private readonly List<HomeEventDraft> _raised = [];

    // Serialises publishing, so events reach the feed in the order they were raised under _sync.
    // Publishing is only numbering and non-blocking channel writes; the registry's lock is not held.
    private readonly Lock _publishSync = new();

    // _raised.Count, readable without the registry's lock: most calls raise nothing and skip both locks.
    private int _raisedCount;

    private void RaiseLocked(DeviceEntry device, HomeEventData data, DateTimeOffset now) =>
        RaiseLocked(device.HomeId, device.Id, data, now);

    private void RaiseLocked(string homeId, string? deviceId, HomeEventData data, DateTimeOffset now)
    {
        _raised.Add(new HomeEventDraft(homeId, now, deviceId, data));
        Volatile.Write(ref _raisedCount, _raised.Count);
    }

    private void PublishRaised()
    {
        // A caller's own raise is visible to it; if the count is 0, another caller already took it.
        if (Volatile.Read(ref _raisedCount) == 0 && Volatile.Read(ref _releasedCount) == 0)
            return;
        lock (_publishSync)
        {
            HomeEventDraft[] drafts;
            (TaskCompletionSource<DeviceCommand?>, DeviceCommand)[] released;
            lock (_sync)
            {
                if (_raised.Count == 0 && _released.Count == 0)
                    return;
                drafts = [.. _raised];
                _raised.Clear();
                Volatile.Write(ref _raisedCount, 0);
                released = [.. _released];
                _released.Clear();
                Volatile.Write(ref _releasedCount, 0);
            }

            foreach (var draft in drafts)
                Events.Publish(draft);
            CompleteReleased(released);
        }
    }
}
