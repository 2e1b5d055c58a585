using System.Runtime.InteropServices;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The server side of an MQTT session (MQTT 5.0 §4.1): everything about a client id that outlives
/// a network connection — subscriptions, the outbound queue, in-flight QoS 1/2 messages and the
/// ids of inbound QoS 2 messages awaiting PUBREL. Every change of durable state goes through one of
/// the few methods below, each marked "journal hook"; a persistent session with a broker store
/// (<see cref="Journal"/>) writes each such change to the store under <see cref="Sync"/>, so the
/// store sees them in the order the session made them.
/// </summary>
/// <remarks>
/// Thread safety: <see cref="Sync"/> guards the queue, the in-flight list and the subscriptions
/// (publishers enqueue from any thread, the connection's writer dequeues, its reader acknowledges).
/// <see cref="IncomingQoS2"/> is touched only by the reader of the attached connection.
/// </remarks>
internal sealed class MqttSession
{
    private readonly Queue<MqttQueuedMessage> _queue = new();
    private readonly List<MqttInflightMessage> _inflight = [];
    private readonly Dictionary<string, MqttSessionSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly int _maximumQueued;
    private readonly MqttQueueFullPolicy _queueFullPolicy;
    private readonly MqttBrokerCounters _counters;
    private readonly TimeProvider _time;
    private ushort _lastPacketIdentifier;
    private bool _hasResends;
    private TaskCompletionSource? _room; // Publishers paused until the writer makes room; under Sync.
    private bool _ended; // ClearQueue ran: the session is gone, nothing more is queued; under Sync.

    public MqttSession(string clientId, int maximumQueued, MqttQueueFullPolicy queueFullPolicy,
        MqttBrokerCounters counters, TimeProvider time)
    {
        ClientId = clientId;
        _maximumQueued = Math.Max(1, maximumQueued);
        _queueFullPolicy = queueFullPolicy;
        _counters = counters;
        _time = time;
        // Journal hook: session created.
    }

    public string ClientId { get; }

    public Lock Sync { get; } = new();

    public string? UserName { get; set; }

    /// <summary>Seconds the session outlives its connection; 0 = ends with it, <see cref="uint.MaxValue"/> = never expires (§3.1.2.11.2).</summary>
    public uint ExpiryInterval { get; set; }

    /// <summary>The connection currently attached, or null while the client is away. Written under the broker's session lock.</summary>
    public MqttBrokerConnection? Connection { get; private set; }

    /// <summary>Bumped on every attach so timers armed for an earlier absence can tell they are stale.</summary>
    public int Generation { get; private set; }

    /// <summary>Inbound QoS 2 packet ids for which PUBREC was sent and PUBREL not yet received (§4.3.3, method B).</summary>
    public HashSet<ushort> IncomingQoS2 { get; } = [];

    /// <summary>A will waiting for its Will Delay Interval (§3.1.3.2.2); guarded by the broker's session lock.</summary>
    public MqttPublishPacket? PendingWill { get; set; }

    public MqttDeadlineTimer? WillTimer { get; set; }

    public MqttDeadlineTimer? ExpiryTimer { get; set; }

    /// <summary>The protocol level of the last connection (the store keeps it with the session).</summary>
    public MqttProtocolVersion ProtocolVersion { get; set; }

    /// <summary>
    /// Set while the session is kept in the broker store (persistent, store configured); null for
    /// in-memory sessions. Written under <see cref="Sync"/>.
    /// </summary>
    public MqttSessionJournal? Journal { get; private set; }

    public void SetJournal(MqttSessionJournal? journal)
    {
        lock (Sync)
        {
            Journal = journal;
        }
    }

    /// <summary>Stops journaling (the session ends or stops being persistent) and returns the journal to remove the stored session with.</summary>
    public MqttSessionJournal? TakeJournal()
    {
        lock (Sync)
        {
            var journal = Journal;
            Journal = null;
            return journal;
        }
    }

    public int QueuedCount
    {
        get
        {
            lock (Sync)
            {
                return _queue.Count;
            }
        }
    }

    public int InflightCount
    {
        get
        {
            lock (Sync)
            {
                return _inflight.Count;
            }
        }
    }

    /// <summary>Binds a connection; in-flight messages will be sent again first (§4.4). Called under the broker's session lock.</summary>
    public void Attach(MqttBrokerConnection connection)
    {
        lock (Sync)
        {
            Connection = connection;
            Generation++;
            foreach (ref var inflight in CollectionsMarshal.AsSpan(_inflight))
            {
                inflight.NeedsResend = true;
            }

            _hasResends = _inflight.Count > 0;
        }
    }

    public void Detach()
    {
        lock (Sync)
        {
            Connection = null;

            // Paused publishers go on: for an absent client the policy drops instead.
            _room?.TrySetResult();
            _room = null;
        }
    }

    /// <summary>Queues a message from an in-process producer (retained at subscribe); see <see cref="Enqueue(in MqttQueuedMessage, ref MqttStoredMessage?, List{MqttSession}?)"/>.</summary>
    public Task? Enqueue(in MqttQueuedMessage message)
    {
        MqttStoredMessage? stored = null;
        return Enqueue(message, ref stored, waitFor: null);
    }

    /// <summary>
    /// Queues a message for the client and wakes its writer. Never blocks. What happens when the queue already
    /// holds <see cref="MaximumQueued"/> messages (MQTT 5.0 §4.9 leaves it to the server) — the broker's overload policy:
    /// <list type="bullet">
    /// <item>The client is online and keeps up, only the broker has not yet run its writer: the message is queued
    /// and this session is added to <paramref name="waitFor"/>, so the publisher's reader pauses until the writer
    /// has made room (<see cref="WaitForRoom"/>). Each publisher adds at most one message past the bound before it
    /// pauses, so the queue holds at most <see cref="MaximumQueued"/> plus one per paused publisher.</item>
    /// <item>The same for QoS 1/2 when the client is slow: backpressure, never a drop.</item>
    /// <item>QoS 0 for a slow client (<see cref="IsSlow"/>: its socket takes nothing, or it owes acknowledgements for a
    /// full window): <see cref="MqttQueueFullPolicy"/> drops one, counted in <see cref="MqttBrokerCounters.MessagesDroppedSlowSubscriber"/>.</item>
    /// <item>The client is away (a persistent session), or the producer cannot wait (<paramref name="waitFor"/>
    /// null: the hub's own publishes, wills, retained messages at subscribe, a client's message to itself): the policy drops one, counted in
    /// <see cref="MqttBrokerCounters.MessagesDroppedQueueFull"/>.</item>
    /// </list>
    /// A journaled QoS 1/2 delivery is also queued in the store, with the body <paramref name="stored"/> shared between
    /// the sessions one PUBLISH reaches (stored on first use).
    /// </summary>
    /// <returns>The store task to await before acknowledging the PUBLISH, or null when nothing was stored.</returns>
    public Task? Enqueue(in MqttQueuedMessage message, ref MqttStoredMessage? stored, List<MqttSession>? waitFor)
    {
        MqttBrokerConnection? connection;
        Task? durable = null;
        var atMostOnce = message.QualityOfService == MqttQualityOfService.AtMostOnce;
        lock (Sync)
        {
            connection = Connection;
            if (_ended || (connection is null && atMostOnce))
            {
                // §3.1.2.4: QoS 0 messages for an absent client need not be stored (Mosquitto's default too).
                return null;
            }

            var publisherCanWait = waitFor is not null;
            var waits = publisherCanWait && connection is not null && !(atMostOnce && IsSlow(connection));
            if (_queue.Count >= _maximumQueued && !waits)
            {
                if (connection is not null && publisherCanWait)
                {
                    _counters.DroppedSlowSubscriber();
                }
                else
                {
                    _counters.DroppedQueueFull();
                }

                if (!TryDropOldest(atMostOnce))
                {
                    return null;
                }
            }

            if (Journal is { } journal && !atMostOnce)
            {
                durable = journal.Enqueue(ref stored, message.Message, message.QualityOfService, out var storedId);
                _queue.Enqueue(message.WithStoredMessageId(storedId)); // Journal hook: message enqueued.
            }
            else
            {
                _queue.Enqueue(message); // Journal hook: message enqueued.
            }

            _counters.AddQueued(1);

            if (waits && _queue.Count >= _maximumQueued)
            {
                waitFor!.Add(this);
            }
        }

        connection?.SignalWriter();
        return durable;
    }

    /// <summary>The bound of the queue: past it, publishers pause or the policy drops (<see cref="Enqueue(in MqttQueuedMessage, ref MqttStoredMessage?, List{MqttSession}?)"/>).</summary>
    public int MaximumQueued => _maximumQueued;

    /// <summary>
    /// A publisher's reader, paused for this session: null when it may read on — the queue has room, the client is away
    /// (the policy applies), or, for QoS 0, the client turned out to be the slow one (its messages are dropped for it
    /// alone) — otherwise a task that completes when that may have changed (the writer made room, the client became
    /// slow or went away); look again then.
    /// </summary>
    public Task? WaitForRoom(bool atMostOnce)
    {
        lock (Sync)
        {
            if (Connection is not { } connection || _queue.Count < _maximumQueued || (atMostOnce && IsSlow(connection)))
            {
                return null;
            }

            _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _room.Task;
        }
    }

    /// <summary>
    /// Writer: wakes the paused publishers once the queue is down to half its bound (so a woken publisher has room to
    /// work with, not one slot) or the client became slow, so QoS 0 publishers go on and drop for it alone.
    /// </summary>
    public void ReleasePublishers()
    {
        if (Volatile.Read(ref _room) is null)
        {
            return;
        }

        lock (Sync)
        {
            if (_room is not null && (_queue.Count <= _maximumQueued / 2 || Connection is not { } connection || IsSlow(connection)))
            {
                _room.TrySetResult();
                _room = null;
            }
        }
    }

    /// <summary>
    /// Whether the client is the slow one: its socket takes nothing (the last flush is waiting for the peer to read),
    /// or it has a full window of QoS 1/2 messages unacknowledged (§4.9). Under <see cref="Sync"/>.
    /// </summary>
    private bool IsSlow(MqttBrokerConnection connection) =>
        connection.IsSendBlocked || (_inflight.Count > 0 && _inflight.Count >= connection.OutboundWindow);

    /// <summary>
    /// Makes room for one message as <see cref="MqttQueueFullPolicy"/> says: DropOldest discards the head, except a
    /// QoS 1/2 head for an arriving QoS 0 message (never an acknowledged message for a best-effort one); false when
    /// the arriving message is the one to drop. Under <see cref="Sync"/>.
    /// </summary>
    private bool TryDropOldest(bool arrivalAtMostOnce)
    {
        if (_queueFullPolicy == MqttQueueFullPolicy.DropNewest || !_queue.TryPeek(out var head) ||
            (arrivalAtMostOnce && head.QualityOfService != MqttQualityOfService.AtMostOnce))
        {
            return false;
        }

        _queue.Dequeue(); // Journal hook: message dropped.
        _counters.AddQueued(-1);
        if (head.StoredMessageId != 0)
        {
            _ = Journal?.Discard(head.StoredMessageId);
        }

        return true;
    }

    /// <summary>Startup: puts a message recovered from the store back in the queue, behind the others.</summary>
    public void RestoreQueued(in MqttQueuedMessage message)
    {
        lock (Sync)
        {
            _queue.Enqueue(message);
            _counters.AddQueued(1);
        }
    }

    /// <summary>The session ends: what is still queued is gone with it (it leaves <see cref="MqttBrokerCounters.QueuedMessages"/>).</summary>
    public void ClearQueue()
    {
        lock (Sync)
        {
            _ended = true;
            _counters.AddQueued(-_queue.Count);
            _queue.Clear();
            _room?.TrySetResult();
            _room = null;
        }
    }

    /// <summary>Startup: puts a message that was in flight when the broker stopped back in flight, with its packet id.</summary>
    public void RestoreInflight(in MqttQueuedMessage message, ushort packetIdentifier, MqttInflightState state)
    {
        lock (Sync)
        {
            _inflight.Add(new MqttInflightMessage(packetIdentifier, message, state));
            _lastPacketIdentifier = packetIdentifier;
        }
    }

    /// <summary>A dequeued message will not be sent (too large for the client): it leaves the store too.</summary>
    public void Discard(in MqttQueuedMessage message)
    {
        if (message.StoredMessageId == 0)
        {
            return;
        }

        lock (Sync)
        {
            _ = Journal?.Discard(message.StoredMessageId);
        }
    }

    /// <summary>
    /// Takes the next queued message the client may receive now: QoS 1/2 only while fewer than
    /// <paramref name="window"/> messages are in flight (§4.9); expired messages are dropped and counted.
    /// </summary>
    public bool TryDequeue(int window, out MqttQueuedMessage message)
    {
        lock (Sync)
        {
            while (_queue.TryPeek(out message))
            {
                if (message.QualityOfService != MqttQualityOfService.AtMostOnce && _inflight.Count >= window)
                {
                    return false;
                }

                _queue.Dequeue(); // Journal hook: message dequeued (QoS 0 is gone for good; QoS 1/2 moves to MarkSent).
                _counters.AddQueued(-1);
                if (IsExpired(message))
                {
                    _counters.DroppedExpired();
                    if (message.StoredMessageId != 0)
                    {
                        _ = Journal?.Discard(message.StoredMessageId);
                    }

                    continue;
                }

                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// Records a QoS 1/2 message as sent and returns its new packet identifier; <paramref name="durable"/>
    /// is the store's task for it (null when not journaled), to await before a QoS 2 PUBLISH goes out.
    /// </summary>
    public ushort MarkSent(in MqttQueuedMessage message, out Task? durable)
    {
        lock (Sync)
        {
            var id = NextPacketIdentifier();
            var state = message.QualityOfService == MqttQualityOfService.AtLeastOnce
                ? MqttInflightState.AwaitingPubAck
                : MqttInflightState.AwaitingPubRec;
            _inflight.Add(new MqttInflightMessage(id, message, state)); // Journal hook: message in flight.
            durable = message.StoredMessageId != 0 ? Journal?.MarkSent(message.StoredMessageId, id) : null;
            return id;
        }
    }

    /// <summary>Hands out the next in-flight message to send again after a reconnect, in original order (§4.4).</summary>
    public bool TryTakeResend(out MqttInflightMessage inflight)
    {
        lock (Sync)
        {
            if (_hasResends)
            {
                foreach (ref var entry in CollectionsMarshal.AsSpan(_inflight))
                {
                    if (entry.NeedsResend)
                    {
                        entry.NeedsResend = false;
                        inflight = entry;
                        return true;
                    }
                }

                _hasResends = false;
            }

            inflight = default;
            return false;
        }
    }

    /// <summary>
    /// Applies PUBACK, PUBREC or PUBCOMP from the client (§4.3.2, §4.3.3). Returns false when no
    /// message in flight has that id in a state the acknowledgement fits. A PUBREC with a failure
    /// code ends the exchange (§4.3.3); a successful one moves the message to PUBREL/PUBCOMP.
    /// </summary>
    public bool Acknowledge(MqttPacketType type, ushort packetIdentifier, MqttReasonCode reasonCode)
    {
        lock (Sync)
        {
            var span = CollectionsMarshal.AsSpan(_inflight);
            for (var i = 0; i < span.Length; i++)
            {
                ref var entry = ref span[i];
                if (entry.PacketIdentifier != packetIdentifier)
                {
                    continue;
                }

                switch (type)
                {
                    case MqttPacketType.PubAck when entry.State == MqttInflightState.AwaitingPubAck:
                    case MqttPacketType.PubComp when entry.State == MqttInflightState.AwaitingPubComp:
                    case MqttPacketType.PubRec when entry.State == MqttInflightState.AwaitingPubRec && reasonCode >= MqttReasonCode.UnspecifiedError:
                        var stored = entry.Message.StoredMessageId != 0;
                        _inflight.RemoveAt(i); // Journal hook: message acknowledged.
                        if (stored)
                        {
                            _ = Journal?.Acknowledge(packetIdentifier);
                        }

                        return true;
                    case MqttPacketType.PubRec when entry.State is MqttInflightState.AwaitingPubRec or MqttInflightState.AwaitingPubComp:
                        entry.State = MqttInflightState.AwaitingPubComp; // Journal hook: PUBREC received.
                        if (entry.Message.StoredMessageId != 0)
                        {
                            _ = Journal?.MarkReleased(packetIdentifier);
                        }

                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }
    }

    /// <summary>Adds or replaces a subscription; true when none existed for that filter (Retain Handling 1, §3.8.3.1).</summary>
    public bool Subscribe(MqttSessionSubscription subscription)
    {
        lock (Sync)
        {
            var isNew = !_subscriptions.ContainsKey(subscription.Filter);
            _subscriptions[subscription.Filter] = subscription; // Journal hook: subscribed.
            return isNew;
        }
    }

    public bool Unsubscribe(string filter)
    {
        lock (Sync)
        {
            return _subscriptions.Remove(filter); // Journal hook: unsubscribed.
        }
    }

    public MqttSessionSubscription[] GetSubscriptions()
    {
        lock (Sync)
        {
            return [.. _subscriptions.Values];
        }
    }

    private bool IsExpired(in MqttQueuedMessage message) =>
        message.Message.MessageExpiryInterval is uint expiry &&
        _time.GetElapsedTime(message.ReceivedTimestamp).TotalSeconds >= expiry;

    private ushort NextPacketIdentifier()
    {
        // §2.2.1: non-zero and not in use by another in-flight message of this session.
        while (true)
        {
            _lastPacketIdentifier = _lastPacketIdentifier == ushort.MaxValue ? (ushort)1 : (ushort)(_lastPacketIdentifier + 1);
            var inUse = false;
            foreach (ref readonly var entry in CollectionsMarshal.AsSpan(_inflight))
            {
                if (entry.PacketIdentifier == _lastPacketIdentifier)
                {
                    inUse = true;
                    break;
                }
            }

            if (!inUse)
            {
                return _lastPacketIdentifier;
            }
        }
    }
}
