using System.Buffers.Binary;
using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// Hand-encoded MQTT 3.1.1 packets for the load generator. The generator deliberately does not use
/// AiotHub's own codec, so it is the same neutral peer for every broker it measures.
/// </summary>
internal static class LoadPackets
{
    public static byte[] Connect(string clientId, ushort keepAliveSeconds, bool cleanSession)
    {
        var id = Encoding.UTF8.GetBytes(clientId);
        var body = new List<byte> { 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 4, (byte)(cleanSession ? 0x02 : 0x00) };
        body.Add((byte)(keepAliveSeconds >> 8));
        body.Add((byte)keepAliveSeconds);
        body.Add((byte)(id.Length >> 8));
        body.Add((byte)id.Length);
        body.AddRange(id);
        return Frame(0x10, body);
    }

    public static byte[] Subscribe(ushort packetId, string filter, byte qos)
    {
        var f = Encoding.UTF8.GetBytes(filter);
        var body = new List<byte> { (byte)(packetId >> 8), (byte)packetId, (byte)(f.Length >> 8), (byte)f.Length };
        body.AddRange(f);
        body.Add(qos);
        return Frame(0x82, body);
    }

    /// <summary>Size of a PUBLISH with this topic and payload length (fixed header included).</summary>
    public static int PublishSize(int topicBytes, int payloadLength, byte qos)
    {
        var remaining = 2 + topicBytes + (qos > 0 ? 2 : 0) + payloadLength;
        return 1 + VarIntSize(remaining) + remaining;
    }

    /// <summary>Writes a PUBLISH into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int WritePublish(Span<byte> destination, ReadOnlySpan<byte> topic, ReadOnlySpan<byte> payload, byte qos, ushort packetId)
    {
        var remaining = 2 + topic.Length + (qos > 0 ? 2 : 0) + payload.Length;
        destination[0] = (byte)(0x30 | (qos << 1));
        var offset = 1 + WriteVarInt(destination[1..], remaining);
        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)topic.Length);
        offset += 2;
        topic.CopyTo(destination[offset..]);
        offset += topic.Length;
        if (qos > 0)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], packetId);
            offset += 2;
        }

        payload.CopyTo(destination[offset..]);
        return offset + payload.Length;
    }

    public static void WritePubAck(Span<byte> destination, ushort packetId)
    {
        destination[0] = 0x40;
        destination[1] = 2;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], packetId);
    }

    public static readonly byte[] PingReq = [0xC0, 0x00];
    public static readonly byte[] Disconnect = [0xE0, 0x00];

    private static byte[] Frame(byte header, List<byte> body)
    {
        var buffer = new byte[1 + VarIntSize(body.Count) + body.Count];
        buffer[0] = header;
        var offset = 1 + WriteVarInt(buffer.AsSpan(1), body.Count);
        body.CopyTo(buffer, offset);
        return buffer;
    }

    private static int VarIntSize(int value) => value < 128 ? 1 : value < 16_384 ? 2 : value < 2_097_152 ? 3 : 4;

    private static int WriteVarInt(Span<byte> destination, int value)
    {
        var i = 0;
        do
        {
            var digit = (byte)(value % 128);
            value /= 128;
            destination[i++] = value > 0 ? (byte)(digit | 0x80) : digit;
        }
        while (value > 0);
        return i;
    }
}
