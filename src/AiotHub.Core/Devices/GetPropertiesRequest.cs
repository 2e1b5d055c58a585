namespace AiotHub.Core.Devices;

/// <summary>Report these readable properties now (keys as the device addresses them); none means every readable one.</summary>
public sealed record GetPropertiesRequest(string DeviceId, string CommandId, IReadOnlyList<string> Properties)
    : DeviceCommandRequest(DeviceId, CommandId)
{
    public override CommandKind Kind => CommandKind.Get;
}
