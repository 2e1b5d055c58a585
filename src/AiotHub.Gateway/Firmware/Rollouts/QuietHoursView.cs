namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Quiet hours as the API writes them: "HH:mm" in the hub's time zone.</summary>
internal sealed record QuietHoursView(string? Start, string? End);
