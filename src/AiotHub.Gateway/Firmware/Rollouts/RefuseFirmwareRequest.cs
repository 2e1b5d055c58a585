namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>POST …/firmware/refuse: the release the device must never get.</summary>
internal sealed record RefuseFirmwareRequest(string? ReleaseId);
