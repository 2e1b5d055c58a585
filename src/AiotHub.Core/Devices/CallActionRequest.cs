using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>Call an action (key as the device addresses it) with its in-arguments, an object (empty when none were given).</summary>
public sealed record CallActionRequest(string DeviceId, string CommandId, string Action, JsonElement Arguments)
    : DeviceCommandRequest(DeviceId, CommandId)
{
    public override CommandKind Kind => CommandKind.Call;
}
