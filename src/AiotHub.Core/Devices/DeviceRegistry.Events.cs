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

    private void RaiseLocked(DeviceEntry device, string type, object data, DateTimeOffset now) =>
        _raised.Add(new HomeEventDraft(device.HomeId, type, now, device.Id, data));

    private void PublishRaised()
    {
        lock (_publishSync)
        {
            HomeEventDraft[] drafts;
            lock (_sync)
            {
                if (_raised.Count == 0)
                    return;
                drafts = [.. _raised];
                _raised.Clear();
            }

            foreach (var draft in drafts)
                Events.Publish(draft);
        }
    }
}
