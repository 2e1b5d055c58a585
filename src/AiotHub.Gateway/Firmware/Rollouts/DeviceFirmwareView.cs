namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>One device of the home on the Firmware page: what it runs and its update, if any.</summary>
internal sealed record DeviceFirmwareView(string DeviceId, string Name, string Model, string? Firmware, FirmwareUpdateView? Update);
