using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Core.Events;

/// <summary>
/// Writes an event's data as its record (the runtime type), as "data" was written when it was an
/// object: the records live in more than one assembly (Core's, Automation's), so the base type cannot
/// list them for System.Text.Json's polymorphism, and the wire carries no type discriminator inside
/// "data" (the event's "type" is beside it). Events are only sent, never read back.
/// </summary>
public sealed class HomeEventDataJsonConverter : JsonConverter<HomeEventData>
{
    public override HomeEventData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("home events are written by the hub, not read: parse \"data\" by the event's \"type\"");

    public override void Write(Utf8JsonWriter writer, HomeEventData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        // The record's contract from the options' resolver (reflection in the gateway, or a source-generated context).
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }
}
