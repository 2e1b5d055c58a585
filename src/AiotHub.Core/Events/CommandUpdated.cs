using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>command-updated: a command's snapshot when it was created or finished.</summary>
[HomeEventType("command-updated")]
public sealed record CommandUpdated(string Id, CommandKind Kind, CommandStatus Status, int? Code, string? Message, double? LatencyMs) : HomeEventData
{
    public static CommandUpdated From(DeviceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.Id, command.Kind, command.Status, command.Code, command.Message, command.Latency?.TotalMilliseconds);
    }
}
