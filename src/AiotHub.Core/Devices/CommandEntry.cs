using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>The registry's mutable record of one command; touched only under the registry's lock.</summary>
internal sealed class CommandEntry(string id, string deviceId, CommandKind kind, string payload, DateTimeOffset created)
{
    public string Id { get; } = id;
    public string DeviceId { get; } = deviceId;
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

    public DeviceCommand ToCommand() => new(Id, DeviceId, Kind, Payload, Status, Code, Message, Out, Created, Sent, Completed);

    public static CommandEntry From(DeviceCommand command) => new(command.Id, command.DeviceId, command.Kind, command.Payload, command.Created)
    {
        Status = command.Status,
        Code = command.Code,
        Message = command.Message,
        Out = command.Out,
        Sent = command.Sent,
        Completed = command.Completed,
    };
}
