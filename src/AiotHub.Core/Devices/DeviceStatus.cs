namespace AiotHub.Core.Devices;

/// <summary>Where a device stands in onboarding (docs/mqtt-protocol.md "announce").</summary>
public enum DeviceStatus
{
    /// <summary>Announced a known model; not yet approved or placed in a room (it is on the pending list).</summary>
    New,

    /// <summary>Known model, approved or placed in a room by the user (it keeps this status if its room is removed).</summary>
    Active,

    /// <summary>Its model (or pinned version) is unknown; <see cref="Device.PendingReason"/> says which.</summary>
    Pending,
}
