namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>POST …/firmware/postpone: for how long ("7d" when left out; 1h to 90d).</summary>
internal sealed record PostponeFirmwareRequest(string? For);
