using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Variable Byte Integer (MQTT 5.0 §1.5.5, MQTT 3.1.1 §2.2.3): seven bits per byte, least
/// significant group first, at most four bytes, so at most 268,435,455.
/// </summary>
internal static class MqttVariableByteInteger
{
    public const int MaxValue = 268_435_455;

    public const int MaxLength = 4;

    public static int GetSize(uint value) => value switch
    {
        < 128 => 1,
        < 16_384 => 2,
        < 2_097_152 => 3,
        _ => 4,
    };

    /// <summary>
    /// Decodes from the front of <paramref name="source"/>. Returns false when the source ends before
    /// the last byte; throws Malformed for a fifth byte or a non-minimal encoding [MQTT-1.5.5-1].
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out uint value, out int length)
    {
        value = 0;
        for (var i = 0; i < MaxLength; i++)
        {
            if (i == source.Length)
            {
                length = 0;
                return false;
            }

            var b = source[i];
            value |= (uint)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                // A trailing zero group means a shorter encoding existed: not minimal [MQTT-1.5.5-1].
                if (i > 0 && b == 0)
                {
                    throw MqttProtocolException.Malformed("Variable byte integer is not minimally encoded.");
                }

                length = i + 1;
                return true;
            }
        }

        throw MqttProtocolException.Malformed("Variable byte integer is longer than four bytes.");
    }

    /// <summary>Writes <paramref name="value"/> at the front of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, uint value)
    {
        var i = 0;
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            if (value != 0)
            {
                b |= 0x80;
            }

            destination[i++] = b;
        }
        while (value != 0);

        return i;
    }
}
