namespace AiotHub.Core.Devices;

/// <summary>Why a device is on its home's pending list.</summary>
public enum PendingDeviceKind
{
    /// <summary>It announced a known model and nobody has approved it (or placed it in a room) yet.</summary>
    New,

    /// <summary>It announced a model (or pinned version) the hub has no profile for.</summary>
    UnknownModel,

    /// <summary>It announced another model or pinned version than its record: <see cref="Device.Pending"/>.</summary>
    Change,
}
