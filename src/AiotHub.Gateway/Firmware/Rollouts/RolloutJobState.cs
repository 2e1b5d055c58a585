namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Where one device's update in a rollout stands, as the hub judges it from what it sent and what the device reported.</summary>
internal enum RolloutJobState
{
    /// <summary>The offer was sent; nothing heard yet.</summary>
    Offered,

    /// <summary>The device accepted the offer, is downloading or verifying.</summary>
    Downloading,

    /// <summary>Downloaded and verified; waiting for apply (the stage, quiet hours or a postponement may hold it).</summary>
    Ready,

    /// <summary>Apply was sent; waiting for the device to come back with the new firmware.</summary>
    Applying,

    /// <summary>The device came back announcing the new firmware (or reported succeeded with it).</summary>
    Succeeded,

    /// <summary>The device reported failed, or never made progress after the last offer.</summary>
    Failed,

    /// <summary>After apply the device did not come back with the new firmware within the rollout's not-back time.</summary>
    NotBack,

    /// <summary>Cancelled before apply (halt, refusal, a withdrawn release).</summary>
    Cancelled,

    /// <summary>Rollback was sent to a device that had updated.</summary>
    RollingBack,

    /// <summary>The device went back to its previous firmware.</summary>
    RolledBack,
}
