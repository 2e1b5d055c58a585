namespace AiotHub.Core.Devices;

/// <summary>What happens to a removed device's recorded telemetry (docs/api.md "Removing a device").</summary>
public enum DeviceHistory
{
    /// <summary>It stays, queryable by the device's id in the home it was removed from, until retention ages it out.</summary>
    Keep,

    /// <summary>It is deleted with the device.</summary>
    Purge,
}
