namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>What a device's owner decided about its updates: postponed until a time, and the releases refused.</summary>
internal sealed record DeviceFirmwareChoice(DateTimeOffset? PostponedUntil, IReadOnlySet<string> Refused)
{
    public static DeviceFirmwareChoice None { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));
}
