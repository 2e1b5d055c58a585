namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>A home's firmware settings: whether its devices are in the testers ring, and its quiet hours (null: none).</summary>
internal sealed record FirmwareHomeSettings(bool Tester, QuietHours? QuietHours)
{
    public static FirmwareHomeSettings Default { get; } = new(false, null);
}
