using System.Text.Json;
using AiotHub.Core.Activity;

namespace AiotHub.Core.Devices.Commands;

/// <summary>The command tracker's mutable record of one command; touched only under the tracker's lock.</summary>
internal sealed class CommandEntry(string id, string deviceId, string homeId, CommandKind kind, string payload, DateTimeOffset created)
{
    public string Id { get; } = id;
    public string DeviceId { get; } = deviceId;

    /// <summary>The device's home (a device never changes home), for the command's events.</summary>
    public string HomeId { get; } = homeId;
    public CommandKind Kind { get; } = kind;
    public string Payload { get; } = payload;
    public CommandStatus Status { get; set; } = CommandStatus.Pending;
    public int? Code { get; set; }
    public string? Message { get; set; }
    public JsonElement? Out { get; set; }
    public DateTimeOffset Created { get; } = created;
    public DateTimeOffset? Sent { get; set; }
    public DateTimeOffset? Completed { get; set; }
    public ITimer? Timeout { get; set; }

    /// <summary>Who asked for it (the activity log's source and actor); not stored, so unknown after a restart.</summary>
    public CommandOrigin? Origin { get; init; }

    public DeviceCommand ToCommand() => new(Id, DeviceId, Kind, Payload, Status, Code, Message, Out, Created, Sent, Completed);

    public static CommandEntry From(DeviceCommand command, string homeId) => new(command.Id, command.DeviceId, homeId, command.Kind, command.Payload, command.Created)
    {
        Status = command.Status,
        Code = command.Code,
        Message = command.Message,
        Out = command.Out,
        Sent = command.Sent,
        Completed = command.Completed,
    };
}
