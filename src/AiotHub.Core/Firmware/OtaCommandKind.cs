namespace AiotHub.Core.Firmware;

/// <summary>What the hub asks of a device on <c>{root}/{id}/ota</c> (docs/mqtt-protocol.md "Firmware updates").</summary>
public enum OtaCommandKind
{
    /// <summary>Download (from <see cref="OtaCommand.Url"/>, resuming with an HTTP Range) and verify; do not install yet.</summary>
    Offer,

    /// <summary>Install the verified image and reboot.</summary>
    Apply,

    /// <summary>Stop and discard this job's download.</summary>
    Cancel,

    /// <summary>Go back to the firmware before this job's update, if the device keeps it.</summary>
    Rollback,
}
