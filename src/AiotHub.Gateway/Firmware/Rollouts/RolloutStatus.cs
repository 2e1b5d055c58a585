namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Where a rollout stands (docs/ota.md "Rollout rings").</summary>
internal enum RolloutStatus
{
    /// <summary>Offered to the devices of homes whose owner switched "tester" on; no stage yet.</summary>
    Testers,

    /// <summary>In one of its percent stages.</summary>
    Staged,

    /// <summary>Stopped by a threshold or by the maker; never resumes (a new rollout of a fixed release does).</summary>
    Halted,

    /// <summary>Stopped by the maker for now: no new offer or apply; what devices report is still recorded.</summary>
    Paused,

    /// <summary>Its last stage soaked without a halt: no new offers; jobs already started still finish.</summary>
    Completed,

    /// <summary>The release stopped being offered (withdrawn, or its key revoked): every unfinished job was cancelled.</summary>
    Cancelled,
}
