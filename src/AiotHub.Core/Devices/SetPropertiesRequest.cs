using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>Set these properties: keys as the device addresses them, values validated against its profile.</summary>
public sealed record SetPropertiesRequest(string DeviceId, string CommandId, IReadOnlyDictionary<string, JsonElement> Values)
    : DeviceCommandRequest(DeviceId, CommandId)
{
    public override CommandKind Kind => CommandKind.Set;
}
