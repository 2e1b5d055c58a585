using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>
/// Raising home events: changes are collected under the registry's lock and published to
/// <see cref="Events"/> after it is released (<see cref="RaisedEvents"/>), so no listener ever runs (or waits) under it.
/// </summary>
public sealed partial class DeviceRegistry
{
    private void RaiseLocked(DeviceEntry device, HomeEventData data, DateTimeOffset now) =>
        RaiseLocked(device.HomeId, device.Id, data, now);

    private void RaiseLocked(string homeId, string? deviceId, HomeEventData data, DateTimeOffset now) =>
        _raised.Raise(new HomeEventDraft(homeId, now, deviceId, data));

    /// <summary>With the registry's lock released: publishes what was raised, then completes the command waiters released with it.</summary>
    private void PublishRaised() => _raised.Publish();
}
