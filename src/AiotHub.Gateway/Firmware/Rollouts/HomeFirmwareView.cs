namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>GET /api/v1/homes/{homeId}/firmware.</summary>
internal sealed record HomeFirmwareView(FirmwareSettingsView Settings, IReadOnlyList<DeviceFirmwareView> Devices);
