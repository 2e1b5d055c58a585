using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>Short-hands over the reader and writer for tests.</summary>
internal static class Codec
{
    public const int NoLimit = int.MaxValue;

    public static byte[] Encode(MqttPacket packet, MqttProtocolVersion version)
    {
        var output = new ArrayBufferWriter<byte>();
        var written = MqttPacketWriter.Write(output, packet, version);
        Assert.Equal(output.WrittenCount, written);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Decodes exactly one packet that must take all of <paramref name="bytes"/>.</summary>
    public static MqttPacket Decode(byte[] bytes, MqttProtocolVersion version) =>
        Decode(new ReadOnlySequence<byte>(bytes), version);

    public static MqttPacket Decode(ReadOnlySequence<byte> sequence, MqttProtocolVersion version)
    {
        Assert.True(MqttPacketReader.TryRead(ref sequence, version, NoLimit, out var packet), "a whole packet was expected");
        Assert.True(sequence.IsEmpty, $"{sequence.Length} bytes left after the packet");
        return packet;
    }

    public static MqttProtocolException DecodeFails(byte[] bytes, MqttProtocolVersion version, int maxPacketSize = NoLimit)
    {
        var sequence = new ReadOnlySequence<byte>(bytes);
        return Assert.Throws<MqttProtocolException>(() => MqttPacketReader.TryRead(ref sequence, version, maxPacketSize, out _));
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
