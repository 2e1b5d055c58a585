using System.Text;

namespace AiotHub.Mqtt.Formatter;

/// <summary>Encoded sizes of the MQTT data types (§1.5), checking the 65,535-byte limits on the way.</summary>
internal static class MqttEncodedSize
{
    /// <summary>A UTF-8 Encoded String with its two-byte length (§1.5.4).</summary>
    public static int String(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        if (length > ushort.MaxValue)
        {
            throw new ArgumentException($"A string of {length} UTF-8 bytes exceeds the 65,535 bytes MQTT allows (§1.5.4).", nameof(value));
        }

        return 2 + length;
    }

    /// <summary>Binary Data with its two-byte length (§1.5.6).</summary>
    public static int Binary(ReadOnlySpan<byte> value)
    {
        if (value.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"Binary data of {value.Length} bytes exceeds the 65,535 bytes MQTT allows (§1.5.6).", nameof(value));
        }

        return 2 + value.Length;
    }

    /// <summary>A Variable Byte Integer (§1.5.5).</summary>
    public static int VariableByteInteger(uint value)
    {
        if (value > MqttVariableByteInteger.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A variable byte integer holds at most 268,435,455 (§1.5.5).");
        }

        return MqttVariableByteInteger.GetSize(value);
    }
}
