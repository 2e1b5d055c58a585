using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>Which profile version each device uses, re-picked when a home accepts a version or one is uploaded or published.</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>The profile the hub uses for the device (the one commands and reports are checked against), or null.</summary>
    public DeviceProfile? ProfileOf(string deviceId)
    {
        lock (_sync)
        {
            return _devices.TryGetValue(deviceId, out var device) ? device.Profile : null;
        }
    }

    /// <summary>
    /// Re-picks the profile of every device of <paramref name="model"/> (<see cref="ProfileCatalog.Resolve"/>);
    /// a device whose profile or status changed is written and raises device-updated. Returns those devices.
    /// </summary>
    public IReadOnlyList<Device> RefreshProfiles(string model)
    {
        var changed = new List<Device>();
        try
        {
            lock (_sync)
            {
                var now = Now;
                foreach (var device in _devices.Values.Where(d => d.Model == model))
                {
                    var before = (device.Status, device.Profile);
                    Resolve(device);
                    if (before == (device.Status, device.Profile))
                        continue;
                    device.Version++;
                    var snapshot = device.ToDevice(now);
                    _store?.SaveDevice(snapshot);
                    RaiseLocked(device, DeviceUpdated.From(snapshot), now);
                    changed.Add(snapshot);
                }
            }
        }
        finally
        {
            PublishRaised();
        }

        return changed;
    }
}
