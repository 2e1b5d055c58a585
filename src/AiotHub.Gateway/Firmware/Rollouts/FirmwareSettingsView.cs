using System.Globalization;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>GET and PUT …/firmware/settings: the tester switch and the quiet hours (null: none).</summary>
internal sealed record FirmwareSettingsView(bool? Tester, QuietHoursView? QuietHours)
{
    public static FirmwareSettingsView Of(FirmwareHomeSettings settings) => new(settings.Tester, settings.QuietHours is { } q
        ? new QuietHoursView(q.Start.ToString("HH:mm", CultureInfo.InvariantCulture), q.End.ToString("HH:mm", CultureInfo.InvariantCulture))
        : null);
}
