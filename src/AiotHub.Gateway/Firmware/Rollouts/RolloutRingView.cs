namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// One ring's figures: devices picked for it, offered, outcomes, pending (offered, no outcome yet), and how the ring's
/// updated devices answered commands since (total, rejected or timed out).
/// </summary>
internal sealed record RolloutRingView(
    string Name, int? Percent, int Devices, int Offered, int Succeeded, int Failed, int NotBack, int Pending, int Commands, int CommandErrors);
