using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>
/// A snapshot of one command: what was asked (<see cref="Payload"/>: the typed request as the registry records it,
/// JSON of <see cref="DeviceCommandRequest"/> — not the device protocol's wire form), where it
/// stands, the device's answer and the latency from publish (or creation, if never published) to reply.
/// </summary>
public sealed record DeviceCommand(
    string Id,
    string DeviceId,
    CommandKind Kind,
    string Payload,
    CommandStatus Status,
    int? Code,
    string? Message,
    JsonElement? Out,
    DateTimeOffset Created,
    DateTimeOffset? Sent,
    DateTimeOffset? Completed)
{
    public TimeSpan? Latency => Completed is { } done ? done - (Sent ?? Created) : null;
}
