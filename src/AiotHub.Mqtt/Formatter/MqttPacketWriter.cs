using System.Buffers;
using AiotHub.Mqtt.Formatter.V3;
using AiotHub.Mqtt.Formatter.V5;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Packet encoder into an <see cref="IBufferWriter{T}"/>. The exact size is computed first, so the
/// packet is written into one span obtained once; nothing is allocated per call.
/// </summary>
public static class MqttPacketWriter
{
    /// <summary>
    /// Writes the whole packet; returns the number of bytes written. Allocates nothing. For CONNECT,
    /// <paramref name="version"/> Unknown means "the packet's own <see cref="MqttConnectPacket.ProtocolVersion"/>".
    /// Throws <see cref="ArgumentException"/> for a packet the protocol cannot carry (e.g. packet
    /// identifier 0 where one is required, AUTH in 3.1.1, a string over 65,535 bytes).
    /// </summary>
    public static int Write(IBufferWriter<byte> output, MqttPacket packet, MqttProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(output);
        version = ResolveVersion(packet, version);
        var remainingLength = GetRemainingLength(packet, version);
        var size = 1 + MqttVariableByteInteger.GetSize((uint)remainingLength) + remainingLength;

        var writer = new MqttBufferWriter(output.GetSpan(size));
        writer.WriteByte(GetFixedHeader(packet));
        writer.WriteVariableByteInteger((uint)remainingLength);
        if (version == MqttProtocolVersion.V500)
        {
            MqttV5PacketEncoder.Encode(ref writer, packet);
        }
        else
        {
            MqttV3PacketEncoder.Encode(ref writer, packet);
        }

        if (writer.Position != size)
        {
            throw new InvalidOperationException($"{packet.Type} encoded to {writer.Position} bytes, not the {size} computed.");
        }

        output.Advance(size);
        return size;
    }

    /// <summary>The encoded size (fixed header included), to honour a peer's Maximum Packet Size.</summary>
    public static int GetSize(MqttPacket packet, MqttProtocolVersion version)
    {
        var remainingLength = GetRemainingLength(packet, ResolveVersion(packet, version));
        return 1 + MqttVariableByteInteger.GetSize((uint)remainingLength) + remainingLength;
    }

    private static MqttProtocolVersion ResolveVersion(MqttPacket packet, MqttProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (version == MqttProtocolVersion.Unknown && packet is MqttConnectPacket connect)
        {
            version = connect.ProtocolVersion;
        }

        return version is MqttProtocolVersion.V311 or MqttProtocolVersion.V500
            ? version
            : throw new ArgumentOutOfRangeException(nameof(version), version, "Packets are encoded for MQTT 3.1.1 or 5.0.");
    }

    private static int GetRemainingLength(MqttPacket packet, MqttProtocolVersion version)
    {
        // §2.2.1: a packet identifier is never 0 on the wire; PUBLISH needs one only at QoS > 0.
        if (packet is MqttPacketWithIdentifier { PacketIdentifier: 0 }
            && packet is not MqttPublishPacket { QualityOfService: MqttQualityOfService.AtMostOnce })
        {
            throw new ArgumentException($"{packet.Type} needs a non-zero packet identifier (§2.2.1).", nameof(packet));
        }

        var length = version == MqttProtocolVersion.V500
            ? MqttV5PacketEncoder.GetRemainingLength(packet)
            : MqttV3PacketEncoder.GetRemainingLength(packet);
        if (length > MqttVariableByteInteger.MaxValue)
        {
            throw new ArgumentException($"{packet.Type} of {length} bytes exceeds the 268,435,455 bytes a Remaining Length can declare (§2.1.4).", nameof(packet));
        }

        return length;
    }

    /// <summary>§2.1.2-§2.1.3: the packet type in bits 7-4 and its flags in bits 3-0.</summary>
    private static byte GetFixedHeader(MqttPacket packet)
    {
        var flags = packet switch
        {
            MqttPublishPacket publish => MqttPublishFlags.Encode(publish.QualityOfService, publish.Dup, publish.Retain),
            MqttPubRelPacket or MqttSubscribePacket or MqttUnsubscribePacket => 0b0010,
            _ => 0,
        };
        return (byte)(((int)packet.Type << 4) | flags);
    }
}
