using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Incremental, stateless packet decoder (CONTRACT: implementation pending in the codec work).
/// </summary>
public static class MqttPacketReader
{
    /// <summary>
    /// Reads one whole packet from the front of <paramref name="buffer"/>. Returns false and leaves
    /// <paramref name="buffer"/> untouched while the packet is incomplete; on success slices the
    /// packet off the front. <paramref name="version"/> Unknown accepts only CONNECT (its protocol
    /// level decides the version). Throws <see cref="MqttProtocolException"/> for malformed input,
    /// with PacketTooLarge when the fixed header declares more than <paramref name="maxPacketSize"/>
    /// (checked before the body is buffered).
    /// </summary>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, MqttProtocolVersion version, int maxPacketSize,
        [NotNullWhen(true)] out MqttPacket? packet) => throw new NotImplementedException();
}
