using System.Buffers;
using System.Text.Json;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The hub → device half of the device protocol (docs/mqtt-protocol.md "Hub → device"): the topic and JSON a typed
/// <see cref="DeviceCommandRequest"/> from Core goes out as. <see cref="DeviceMessageHandler"/> is the other half.
/// </summary>
internal static class DeviceCommandWriter
{
    /// <summary>"{root}/{device}/set", "…/call" or "…/get".</summary>
    public static string Topic(string root, DeviceCommandRequest request) => request switch
    {
        SetPropertiesRequest => $"{root}/{request.DeviceId}/set",
        CallActionRequest => $"{root}/{request.DeviceId}/call",
        GetPropertiesRequest => $"{root}/{request.DeviceId}/get",
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.GetType().Name, "not a device command"),
    };

    /// <summary>
    /// <c>{"id","values":{…}}</c>, <c>{"id","action","in":{…}}</c> or <c>{"id","properties":[…]}</c>, UTF-8.
    /// </summary>
    public static byte[] Payload(DeviceCommandRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", request.CommandId);
            switch (request)
            {
                case SetPropertiesRequest set:
                    writer.WriteStartObject("values");
                    foreach (var (key, value) in set.Values)
                    {
                        writer.WritePropertyName(key);
                        value.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                    break;
                case CallActionRequest call:
                    writer.WriteString("action", call.Action);
                    writer.WritePropertyName("in");
                    call.Arguments.WriteTo(writer);
                    break;
                case GetPropertiesRequest get:
                    writer.WriteStartArray("properties");
                    foreach (var key in get.Properties)
                        writer.WriteStringValue(key);
                    writer.WriteEndArray();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(request), request.GetType().Name, "not a device command");
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
