using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>Data of command-updated: a command's snapshot when it was created or finished.</summary>
public sealed record CommandUpdate(string Id, CommandKind Kind, CommandStatus Status, int? Code, string? Message, double? LatencyMs)
{
    public static CommandUpdate From(DeviceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.Id, command.Kind, command.Status, command.Code, command.Message, command.Latency?.TotalMilliseconds);
    }
}
