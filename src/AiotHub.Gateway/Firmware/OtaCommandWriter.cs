using System.Buffers;
using System.Text.Json;
using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware;

/// <summary>
/// The hub → device half of the firmware-update protocol (docs/mqtt-protocol.md "Firmware updates"): the topic and
/// JSON a typed <see cref="OtaCommand"/> goes out as, on <c>{root}/{id}/ota</c> at QoS 1. <see cref="OtaStatusParser"/>
/// reads the other direction.
/// </summary>
internal static class OtaCommandWriter
{
    public static string Topic(string root, OtaCommand command) => $"{root}/{command.DeviceId}/ota";

    /// <summary>
    /// <c>{"op":"offer","job","version","size","sha256","url"}</c>, <c>{"op":"apply"|"cancel","job"}</c> or
    /// <c>{"op":"rollback","job","version"?}</c>, UTF-8. An offer without its version, size, hash or URL is the
    /// engine's mistake, refused here with <see cref="ArgumentException"/> rather than sent for the device to refuse.
    /// </summary>
    public static byte[] Payload(OtaCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", Op(command.Kind));
            writer.WriteString("job", command.JobId);
            switch (command.Kind)
            {
                case OtaCommandKind.Offer:
                    if (command.Version is null || command.Size is not > 0 || command.Sha256 is not { Length: 64 } || command.Url is null)
                        throw new ArgumentException($"offer {command.JobId} needs a version, a positive size, a SHA-256 and a URL", nameof(command));
                    writer.WriteString("version", command.Version);
                    writer.WriteNumber("size", command.Size.Value);
                    writer.WriteString("sha256", command.Sha256.ToLowerInvariant());
                    writer.WriteString("url", command.Url);
                    break;
                case OtaCommandKind.Rollback when command.Version is not null:
                    writer.WriteString("version", command.Version);
                    break;
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string Op(OtaCommandKind kind) => kind switch
    {
        OtaCommandKind.Offer => "offer",
        OtaCommandKind.Apply => "apply",
        OtaCommandKind.Cancel => "cancel",
        OtaCommandKind.Rollback => "rollback",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an OTA command"),
    };
}
