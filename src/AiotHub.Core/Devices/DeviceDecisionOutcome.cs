namespace AiotHub.Core.Devices;

/// <summary>How an approve or reject of a pending device ended.</summary>
public enum DeviceDecisionOutcome
{
    Applied,
    NotFound,

    /// <summary>The caller's expected version was not the current one: nothing changed.</summary>
    PreconditionFailed,

    /// <summary>The device is not on the pending list: nothing to decide.</summary>
    NothingPending,

    /// <summary>Approve only: its model (or pinned version) has no profile; upload it and the device becomes new.</summary>
    ModelUnknown,
}
