namespace AiotHub.Core.Devices;

/// <summary>Where a device stands in onboarding (docs/mqtt-protocol.md "announce").</summary>
public enum DeviceStatus
{
    /// <summary>Announced a known model; not yet named or placed in a room.</summary>
    New,

    /// <summary>Known model, placed in a room by the user.</summary>
    Active,

    /// <summary>Its model (or pinned version) is unknown; <see cref="Device.PendingReason"/> says which.</summary>
    Pending,
}
