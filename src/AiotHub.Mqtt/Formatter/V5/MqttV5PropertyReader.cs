using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// Walks one property block (MQTT 5.0 §2.2.2) and enforces the rules common to all properties:
/// the identifier must belong to the context (a Malformed Packet otherwise, §2.2.2.2) and only
/// repeatable properties may appear twice (a Protocol Error otherwise).
/// </summary>
internal ref struct MqttV5PropertyReader
{
    private MqttBufferReader _reader;
    private readonly int _context;
    private ulong _seen;

    public MqttV5PropertyReader(MqttBufferReader block, int context)
    {
        _reader = block;
        _context = context;
        _seen = 0;
    }

    /// <summary>Reads the next identifier; false at the end of the block.</summary>
    public bool TryReadNext(out MqttPropertyId identifier)
    {
        if (_reader.IsEnd)
        {
            identifier = default;
            return false;
        }

        // The identifier is a Variable Byte Integer (§2.2.2.2), though every defined one fits one byte.
        var id = _reader.ReadVariableByteInteger();
        if (!MqttV5PropertyRules.IsAllowed(id, _context))
        {
            throw MqttProtocolException.Malformed($"Property 0x{id:X2} is not valid in {ContextName} (§2.2.2.2).");
        }

        identifier = (MqttPropertyId)id;
        var bit = 1UL << (int)id;
        if ((_seen & bit) != 0 && !MqttV5PropertyRules.IsRepeatable(identifier, _context))
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"{identifier} appears more than once in {ContextName}.");
        }

        _seen |= bit;
        return true;
    }

    public byte ReadByte() => _reader.ReadByte();

    /// <summary>A byte that must be 0 or 1, e.g. Retain Available (§3.2.2.3.5): anything else is a Protocol Error.</summary>
    public bool ReadBoolean(MqttPropertyId identifier) => ReadZeroOrOne(identifier) == 1;

    public byte ReadZeroOrOne(MqttPropertyId identifier)
    {
        var value = _reader.ReadByte();
        if (value > 1)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"{identifier} must be 0 or 1, not {value}.");
        }

        return value;
    }

    public ushort ReadUInt16() => _reader.ReadUInt16();

    /// <summary>A Two Byte Integer for which 0 is a Protocol Error (Receive Maximum, Topic Alias).</summary>
    public ushort ReadNonZeroUInt16(MqttPropertyId identifier)
    {
        var value = _reader.ReadUInt16();
        return value != 0 ? value : throw ZeroIsProtocolError(identifier);
    }

    public uint ReadUInt32() => _reader.ReadUInt32();

    /// <summary>A Four Byte Integer for which 0 is a Protocol Error (Maximum Packet Size, §3.1.2.11.4).</summary>
    public uint ReadNonZeroUInt32(MqttPropertyId identifier)
    {
        var value = _reader.ReadUInt32();
        return value != 0 ? value : throw ZeroIsProtocolError(identifier);
    }

    /// <summary>Subscription Identifier: 1 to 268,435,455; 0 is a Protocol Error (§3.8.2.1.2).</summary>
    public uint ReadSubscriptionIdentifier()
    {
        var value = _reader.ReadVariableByteInteger();
        return value != 0 ? value : throw ZeroIsProtocolError(MqttPropertyId.SubscriptionIdentifier);
    }

    public string ReadString() => _reader.ReadString();

    public byte[] ReadBinaryData() => _reader.ReadBinaryDataArray();

    /// <summary>A UTF-8 String Pair (§1.5.7) appended to <paramref name="list"/>.</summary>
    public void ReadUserProperty(ref List<MqttUserProperty>? list)
    {
        var name = _reader.ReadString();
        var value = _reader.ReadString();
        (list ??= []).Add(new MqttUserProperty(name, value));
    }

    private readonly string ContextName =>
        _context == MqttV5PropertyRules.Will ? "the will properties" : ((MqttPacketType)_context).ToString();

    private readonly MqttProtocolException ZeroIsProtocolError(MqttPropertyId identifier) =>
        new(MqttReasonCode.ProtocolError, $"{identifier} of 0 in {ContextName} is a Protocol Error.");
}
