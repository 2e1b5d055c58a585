using System.Buffers;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>Packet encoder into an <see cref="IBufferWriter{T}"/> (CONTRACT: implementation pending).</summary>
public static class MqttPacketWriter
{
    /// <summary>Writes the whole packet; returns the number of bytes written. Allocates nothing.</summary>
    public static int Write(IBufferWriter<byte> output, MqttPacket packet, MqttProtocolVersion version) =>
        throw new NotImplementedException();

    /// <summary>The encoded size (fixed header included), to honour a peer's Maximum Packet Size.</summary>
    public static int GetSize(MqttPacket packet, MqttProtocolVersion version) => throw new NotImplementedException();
}
