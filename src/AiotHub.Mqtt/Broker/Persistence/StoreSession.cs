using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>The store's live copy of one persistent session; guarded by the store's lock.</summary>
internal sealed class StoreSession(string clientId)
{
    private readonly Dictionary<long, StoreQueueEntry> _byMessage = [];
    private readonly Dictionary<ushort, StoreQueueEntry> _byPacket = [];

    public string ClientId { get; } = clientId;

    public MqttProtocolVersion ProtocolVersion { get; set; }

    public uint SessionExpiryInterval { get; set; }

    /// <summary>The user name the client last connected with; null for an anonymous client.</summary>
    public string? UserName { get; set; }

    /// <summary>Unix milliseconds; null while connected.</summary>
    public long? ExpiresAt { get; set; }

    public Dictionary<string, MqttStoredSubscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    public HashSet<ushort> InboundQos2PacketIds { get; } = [];

    public StoreQueueEntry? First { get; private set; }

    public int QueueLength => _byMessage.Count;

    public bool Contains(long messageId) => _byMessage.ContainsKey(messageId);

    public StoreQueueEntry? FindByMessage(long messageId) => _byMessage.GetValueOrDefault(messageId);

    public StoreQueueEntry? FindByPacket(ushort packetId) => _byPacket.GetValueOrDefault(packetId);

    public void Append(StoreQueueEntry entry)
    {
        _byMessage.Add(entry.Message.Id, entry);
        entry.Previous = _last;
        if (_last is null)
        {
            First = entry;
        }
        else
        {
            _last.Next = entry;
        }

        _last = entry;
    }

    public void SetPacketId(StoreQueueEntry entry, ushort packetId)
    {
        if (entry.PacketId != 0)
        {
            _byPacket.Remove(entry.PacketId);
        }

        entry.PacketId = packetId;
        _byPacket[packetId] = entry;
    }

    public void Remove(StoreQueueEntry entry)
    {
        _byMessage.Remove(entry.Message.Id);
        if (entry.PacketId != 0)
        {
            _byPacket.Remove(entry.PacketId);
        }

        if (entry.Previous is null)
        {
            First = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            _last = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Previous = null;
        entry.Next = null;
    }

    private StoreQueueEntry? _last;
}
