using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// Sizes and writes single MQTT 5.0 properties (§2.2.2.2): an absent (null) property takes no bytes.
/// Every identifier defined so far fits in one byte of its Variable Byte Integer.
/// </summary>
internal static class MqttV5PropertyWriter
{
    /// <summary>A whole property block: its Property Length (§2.2.2.1) and the properties.</summary>
    public static int BlockSize(int propertiesLength) =>
        MqttEncodedSize.VariableByteInteger((uint)propertiesLength) + propertiesLength;

    public static int Size(byte? value) => value is null ? 0 : 2;

    public static int Size(bool? value) => value is null ? 0 : 2;

    public static int Size(ushort? value) => value is null ? 0 : 3;

    public static int Size(uint? value) => value is null ? 0 : 5;

    public static int Size(string? value) => value is null ? 0 : 1 + MqttEncodedSize.String(value);

    public static int Size(byte[]? value) => value is null ? 0 : 1 + MqttEncodedSize.Binary(value);

    public static int SizeOfVariableByteInteger(uint? value) =>
        value is null ? 0 : 1 + MqttEncodedSize.VariableByteInteger(RequireNonZero(value.Value));

    public static int Size(List<MqttUserProperty>? userProperties)
    {
        var size = 0;
        if (userProperties is not null)
        {
            foreach (var property in userProperties)
            {
                size += 1 + MqttEncodedSize.String(property.Name) + MqttEncodedSize.String(property.Value);
            }
        }

        return size;
    }

    public static int SizeOfSubscriptionIdentifiers(List<uint>? identifiers)
    {
        var size = 0;
        if (identifiers is not null)
        {
            foreach (var identifier in identifiers)
            {
                size += 1 + MqttEncodedSize.VariableByteInteger(RequireNonZero(identifier));
            }
        }

        return size;
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, byte? value)
    {
        if (value is { } v)
        {
            writer.WriteByte((byte)id);
            writer.WriteByte(v);
        }
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteByte((byte)id);
            writer.WriteByte(v ? (byte)1 : (byte)0);
        }
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, ushort? value)
    {
        if (value is { } v)
        {
            writer.WriteByte((byte)id);
            writer.WriteUInt16(v);
        }
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, uint? value)
    {
        if (value is { } v)
        {
            writer.WriteByte((byte)id);
            writer.WriteUInt32(v);
        }
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, string? value)
    {
        if (value is not null)
        {
            writer.WriteByte((byte)id);
            writer.WriteString(value);
        }
    }

    public static void Write(ref MqttBufferWriter writer, MqttPropertyId id, byte[]? value)
    {
        if (value is not null)
        {
            writer.WriteByte((byte)id);
            writer.WriteBinaryData(value);
        }
    }

    public static void WriteVariableByteInteger(ref MqttBufferWriter writer, MqttPropertyId id, uint? value)
    {
        if (value is { } v)
        {
            writer.WriteByte((byte)id);
            writer.WriteVariableByteInteger(v);
        }
    }

    public static void Write(ref MqttBufferWriter writer, List<MqttUserProperty>? userProperties)
    {
        if (userProperties is not null)
        {
            foreach (var property in userProperties)
            {
                writer.WriteByte((byte)MqttPropertyId.UserProperty);
                writer.WriteString(property.Name);
                writer.WriteString(property.Value);
            }
        }
    }

    public static void WriteSubscriptionIdentifiers(ref MqttBufferWriter writer, List<uint>? identifiers)
    {
        if (identifiers is not null)
        {
            foreach (var identifier in identifiers)
            {
                writer.WriteByte((byte)MqttPropertyId.SubscriptionIdentifier);
                writer.WriteVariableByteInteger(identifier);
            }
        }
    }

    /// <summary>§3.8.2.1.2: a Subscription Identifier of 0 is a Protocol Error, so it is never written.</summary>
    private static uint RequireNonZero(uint subscriptionIdentifier) => subscriptionIdentifier != 0
        ? subscriptionIdentifier
        : throw new ArgumentOutOfRangeException(nameof(subscriptionIdentifier), "A Subscription Identifier of 0 is not allowed (§3.8.2.1.2).");
}
