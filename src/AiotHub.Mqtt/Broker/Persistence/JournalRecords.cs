using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// The record layouts (see <see cref="JournalRecordType"/>): one writer per kind, and one
/// <see cref="TryApply"/> that decodes any record into a <see cref="StoreState"/> mutation.
/// </summary>
internal static class JournalRecords
{
    private const byte SessionIsNew = 1;
    private const byte SessionHasDeadline = 2;
    private const byte SessionHasUserName = 4;

    public static void WriteSnapshotBegin(JournalRecordWriter w, long generation, long nextMessageId)
    {
        w.BeginRecord(JournalRecordType.SnapshotBegin);
        w.WriteVarUInt((ulong)generation);
        w.WriteVarUInt((ulong)nextMessageId);
        w.EndRecord();
    }

    public static void WriteSnapshotEnd(JournalRecordWriter w)
    {
        w.BeginRecord(JournalRecordType.SnapshotEnd);
        w.EndRecord();
    }

    /// <summary>Writes the record and returns a copy of the encoded body for the live state.</summary>
    public static byte[] WriteRetainSet(JournalRecordWriter w, MqttApplicationMessage message)
    {
        w.BeginRecord(JournalRecordType.RetainSet);
        var start = w.Length;
        StoredMessageCodec.Write(w, message);
        var body = w.CopyFrom(start);
        w.EndRecord();
        return body;
    }

    public static void WriteRetainSet(JournalRecordWriter w, byte[] body)
    {
        w.BeginRecord(JournalRecordType.RetainSet);
        w.WriteRaw(body);
        w.EndRecord();
    }

    public static void WriteRetainClear(JournalRecordWriter w, string topic)
    {
        w.BeginRecord(JournalRecordType.RetainClear);
        w.WriteString(topic);
        w.EndRecord();
    }

    public static void WriteSessionSet(JournalRecordWriter w, string clientId, bool isNew, MqttProtocolVersion version, uint expiryInterval,
        long? expiresAt, string? userName)
    {
        w.BeginRecord(JournalRecordType.SessionSet);
        w.WriteString(clientId);
        w.WriteByte((byte)((isNew ? SessionIsNew : 0) | (expiresAt.HasValue ? SessionHasDeadline : 0) | (userName is not null ? SessionHasUserName : 0)));
        w.WriteByte((byte)version);
        w.WriteVarUInt(expiryInterval);
        if (expiresAt is { } deadline)
        {
            w.WriteInt64(deadline);
        }

        if (userName is not null)
        {
            w.WriteString(userName);
        }

        w.EndRecord();
    }

    public static void WriteClientOnly(JournalRecordWriter w, JournalRecordType type, string clientId)
    {
        w.BeginRecord(type);
        w.WriteString(clientId);
        w.EndRecord();
    }

    public static void WriteSubscriptionSet(JournalRecordWriter w, string clientId, string filter, MqttStoredSubscription s)
    {
        w.BeginRecord(JournalRecordType.SubscriptionSet);
        w.WriteString(clientId);
        w.WriteString(filter);

        // The SUBSCRIBE options byte layout (MQTT 5.0 §3.8.3.1).
        w.WriteByte((byte)(((byte)s.QualityOfService & 3) | (s.NoLocal ? 4 : 0) | (s.RetainAsPublished ? 8 : 0) | (((byte)s.RetainHandling & 3) << 4)));
        w.WriteVarUInt(s.SubscriptionIdentifier);
        w.EndRecord();
    }

    public static void WriteSubscriptionRemove(JournalRecordWriter w, string clientId, string filter)
    {
        w.BeginRecord(JournalRecordType.SubscriptionRemove);
        w.WriteString(clientId);
        w.WriteString(filter);
        w.EndRecord();
    }

    /// <summary>Writes the record and returns a copy of the encoded body for the live state.</summary>
    public static byte[] WriteMessageAdd(JournalRecordWriter w, long id, MqttApplicationMessage message)
    {
        w.BeginRecord(JournalRecordType.MessageAdd);
        w.WriteVarUInt((ulong)id);
        var start = w.Length;
        StoredMessageCodec.Write(w, message);
        var body = w.CopyFrom(start);
        w.EndRecord();
        return body;
    }

    public static void WriteMessageAdd(JournalRecordWriter w, long id, byte[] body)
    {
        w.BeginRecord(JournalRecordType.MessageAdd);
        w.WriteVarUInt((ulong)id);
        w.WriteRaw(body);
        w.EndRecord();
    }

    public static void WriteEnqueue(JournalRecordWriter w, string clientId, long messageId, MqttQualityOfService qos)
    {
        w.BeginRecord(JournalRecordType.Enqueue);
        w.WriteString(clientId);
        w.WriteVarUInt((ulong)messageId);
        w.WriteByte((byte)qos);
        w.EndRecord();
    }

    public static void WriteSent(JournalRecordWriter w, string clientId, long messageId, ushort packetId)
    {
        w.BeginRecord(JournalRecordType.Sent);
        w.WriteString(clientId);
        w.WriteVarUInt((ulong)messageId);
        w.WriteUInt16(packetId);
        w.EndRecord();
    }

    public static void WriteDiscard(JournalRecordWriter w, string clientId, long messageId)
    {
        w.BeginRecord(JournalRecordType.Discard);
        w.WriteString(clientId);
        w.WriteVarUInt((ulong)messageId);
        w.EndRecord();
    }

    /// <summary>Released, Acknowledge, InboundReceived, InboundReleased: client id and packet id.</summary>
    public static void WritePacket(JournalRecordWriter w, JournalRecordType type, string clientId, ushort packetId)
    {
        w.BeginRecord(type);
        w.WriteString(clientId);
        w.WriteUInt16(packetId);
        w.EndRecord();
    }

    /// <summary>
    /// Decodes one record's type and fields and applies it. False when the record cannot be
    /// decoded (recovery then stops as at a torn record); a decodable record that refers to
    /// something absent is applied as a no-op and counts as true.
    /// </summary>
    public static bool TryApply(StoreState state, JournalRecordType type, ReadOnlySpan<byte> fields)
    {
        var r = new JournalRecordReader(fields);
        string clientId;
        ushort packetId;
        ulong messageId;
        switch (type)
        {
            case JournalRecordType.SnapshotBegin:
                if (!r.TryReadVarUInt(out _) || !r.TryReadVarUInt(out var next) || next > long.MaxValue || !r.IsEmpty)
                {
                    return false;
                }

                state.NextMessageId = Math.Max(state.NextMessageId, (long)next);
                return true;

            case JournalRecordType.SnapshotEnd:
                return r.IsEmpty;

            case JournalRecordType.RetainSet:
                if (!StoredMessageCodec.TryReadTopic(fields, out var topic))
                {
                    return false;
                }

                state.SetRetained(topic, fields.ToArray());
                return true;

            case JournalRecordType.RetainClear:
                if (!r.TryReadString(out topic) || !r.IsEmpty)
                {
                    return false;
                }

                state.ClearRetained(topic);
                return true;

            case JournalRecordType.SessionSet:
                if (!r.TryReadString(out clientId) || !r.TryReadByte(out var flags) || !r.TryReadByte(out var version)
                    || !r.TryReadVarUInt32(out var interval))
                {
                    return false;
                }

                long? deadline = null;
                if ((flags & SessionHasDeadline) != 0)
                {
                    if (!r.TryReadInt64(out var value))
                    {
                        return false;
                    }

                    deadline = value;
                }

                string? userName = null;
                if ((flags & SessionHasUserName) != 0)
                {
                    if (!r.TryReadString(out var name))
                    {
                        return false;
                    }

                    userName = name;
                }

                if (!r.IsEmpty)
                {
                    return false;
                }

                state.SetSession(clientId, (flags & SessionIsNew) != 0, (MqttProtocolVersion)version, interval, deadline, userName);
                return true;

            case JournalRecordType.SessionRemove:
                if (!r.TryReadString(out clientId) || !r.IsEmpty)
                {
                    return false;
                }

                state.RemoveSession(clientId);
                return true;

            case JournalRecordType.SubscriptionSet:
                if (!r.TryReadString(out clientId) || !r.TryReadString(out var filter) || !r.TryReadByte(out var options)
                    || !r.TryReadVarUInt32(out var identifier) || !r.IsEmpty)
                {
                    return false;
                }

                state.SetSubscription(clientId, filter, new MqttStoredSubscription(
                    (MqttQualityOfService)(options & 3), (options & 4) != 0, (options & 8) != 0, (MqttRetainHandling)((options >> 4) & 3), identifier));
                return true;

            case JournalRecordType.SubscriptionRemove:
                if (!r.TryReadString(out clientId) || !r.TryReadString(out filter) || !r.IsEmpty)
                {
                    return false;
                }

                state.RemoveSubscription(clientId, filter);
                return true;

            case JournalRecordType.MessageAdd:
                if (!r.TryReadVarUInt(out messageId) || messageId > long.MaxValue || !StoredMessageCodec.TryReadTopic(r.Remaining, out _))
                {
                    return false;
                }

                state.AddMessage((long)messageId, r.Remaining.ToArray());
                return true;

            case JournalRecordType.Enqueue:
                if (!r.TryReadString(out clientId) || !r.TryReadVarUInt(out messageId) || !r.TryReadByte(out var qos) || messageId > long.MaxValue || !r.IsEmpty)
                {
                    return false;
                }

                state.Enqueue(clientId, (long)messageId, (MqttQualityOfService)qos);
                return true;

            case JournalRecordType.Sent:
                if (!r.TryReadString(out clientId) || !r.TryReadVarUInt(out messageId) || !r.TryReadUInt16(out packetId) || messageId > long.MaxValue || !r.IsEmpty)
                {
                    return false;
                }

                state.MarkSent(clientId, (long)messageId, packetId);
                return true;

            case JournalRecordType.Discard:
                if (!r.TryReadString(out clientId) || !r.TryReadVarUInt(out messageId) || messageId > long.MaxValue || !r.IsEmpty)
                {
                    return false;
                }

                state.Discard(clientId, (long)messageId);
                return true;

            case JournalRecordType.Released:
            case JournalRecordType.Acknowledge:
            case JournalRecordType.InboundReceived:
            case JournalRecordType.InboundReleased:
                if (!r.TryReadString(out clientId) || !r.TryReadUInt16(out packetId) || !r.IsEmpty)
                {
                    return false;
                }

                _ = type switch
                {
                    JournalRecordType.Released => state.MarkReleased(clientId, packetId),
                    JournalRecordType.Acknowledge => state.Acknowledge(clientId, packetId),
                    JournalRecordType.InboundReceived => state.ReceiveInbound(clientId, packetId),
                    _ => state.ReleaseInbound(clientId, packetId),
                };
                return true;

            default:
                return false;
        }
    }
}
