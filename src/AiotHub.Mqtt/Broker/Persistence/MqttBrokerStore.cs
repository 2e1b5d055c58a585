using AiotHub.Mqtt.Protocol;
using Microsoft.Win32.SafeHandles;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// The broker's durable state: retained messages, persistent sessions with their subscriptions,
/// outbound QoS 1/2 queues (in-flight state included) and inbound QoS 2 packet ids, kept in an
/// append-only journal in one directory (format: docs/broker-persistence.md).
/// </summary>
/// <remarks>
/// <para>Every mutating call updates the store's state at once, appends one record to the pending
/// batch and returns a <see cref="Task"/> that completes when that record — and every record
/// appended before it — is durable. A single writer thread takes the whole pending batch, writes it
/// with one write and one fsync (group commit) and then completes all its awaiters, so many
/// concurrent producers share each flush.</para>
/// <para>Durability rule for the broker: await the returned task before sending the packet that
/// promises the change to the peer (PUBACK/PUBREC for an inbound PUBLISH whose effects were stored,
/// SUBACK, PUBCOMP after <see cref="ReleaseInboundQos2Async"/>, an outbound QoS 2 PUBLISH after
/// <see cref="MarkSentAsync"/>). Calls whose loss only causes a redelivery (outbound acknowledgements,
/// <see cref="MarkReleasedAsync"/>) need not be awaited. Calls from one thread are journaled in
/// call order, so awaiting the last one covers the earlier ones.</para>
/// <para>The results are <see cref="Task"/>s, not ValueTasks: all records of a batch share that
/// batch's single Task, so there is no per-call allocation to save, and a Task may be ignored
/// (for the calls that need not be awaited), awaited twice or combined.</para>
/// <para>Thread safe. A failed write or flush faults the store: pending and later calls throw an
/// <see cref="IOException"/>, since after a failed fsync the kernel may have dropped the data.</para>
/// </remarks>
public sealed partial class MqttBrokerStore : IAsyncDisposable, IDisposable
{
    private const string LockFileName = "store.lock";

    private readonly object _gate = new();
    private readonly SafeFileHandle _lockFile;
    private readonly string _directory;
    private readonly MqttBrokerStoreOptions _options;
    private readonly StoreState _state;
    private readonly Thread _writer;
    private readonly TaskCompletionSource _writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly JournalRecordWriter _snapshot = new();
    private JournalSegment _segment;
    private JournalBatch _pending = new();
    private JournalBatch? _spare = new();
    private JournalBatch? _writing;
    private Exception? _fault;
    private bool _closing;
    private long _batchesWritten;

    private MqttBrokerStore(string directory, MqttBrokerStoreOptions options, StoreState state, JournalSegment segment, MqttBrokerStoreRecovery recovery, SafeFileHandle lockFile)
    {
        _lockFile = lockFile;
        _directory = directory;
        _options = options;
        _state = state;
        _segment = segment;
        Recovery = recovery;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "AiotHub broker store writer" };
        _writer.Start();
    }

    /// <summary>What opening found on disk.</summary>
    public MqttBrokerStoreRecovery Recovery { get; }

    /// <summary>Message bodies held (for tests of reference counting).</summary>
    internal int StoredMessageCount
    {
        get
        {
            lock (_gate)
            {
                return _state.Messages.Count;
            }
        }
    }

    /// <summary>Batches written so far: fewer than records when appenders share flushes.</summary>
    internal long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>The generation of the segment being appended to; one more per compaction.</summary>
    internal long SegmentGeneration => Volatile.Read(ref _segment).Generation;

    /// <summary>
    /// Opens (or creates) the store in <paramref name="directory"/>, recovering its state and
    /// cutting off a torn tail. Only one store may have a directory open at a time.
    /// </summary>
    /// <exception cref="IOException">The directory is open in another store, here or in another process.</exception>
    public static MqttBrokerStore Open(string directory, MqttBrokerStoreOptions? options = null)
    {
        Directory.CreateDirectory(directory);

        // FileShare.None takes an exclusive flock on Unix: two writers would interleave records.
        // The OS drops it when the process dies, so a killed broker never leaves it behind.
        var lockFile = File.OpenHandle(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            var state = new StoreState();
            var (recovery, segment) = JournalRecovery.Recover(directory, state);
            return new MqttBrokerStore(directory, options ?? new MqttBrokerStoreOptions(), state, segment, recovery, lockFile);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The state as of now (after <see cref="Open"/>: as recovered), decoded for the broker. It is
    /// a copy: later calls do not change it.
    /// </summary>
    public MqttBrokerStoreState LoadState()
    {
        lock (_gate)
        {
            return StoreStateSnapshot.Export(_state);
        }
    }

    /// <summary>Sets the retained message of <c>message.Topic</c>. A zero-length payload deletes it (MQTT 5.0 §3.3.1.3).</summary>
    public Task SetRetainedAsync(MqttApplicationMessage message)
    {
        if (message.Payload.IsEmpty)
        {
            return ClearRetainedAsync(message.Topic);
        }

        lock (_gate)
        {
            ThrowIfUnusable();
            var body = JournalRecords.WriteRetainSet(_pending.Records, message);
            _state.SetRetained(message.Topic, body);
            return Appended();
        }
    }

    public Task ClearRetainedAsync(string topic)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (_state.ClearRetained(topic) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteRetainClear(_pending.Records, topic);
            return Appended();
        }
    }

    /// <summary>Creates an empty session, replacing any session of that client with its subscriptions and queue (clean start).</summary>
    public Task CreateSessionAsync(string clientId, MqttProtocolVersion protocolVersion, uint sessionExpiryInterval)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            _state.SetSession(clientId, isNew: true, protocolVersion, sessionExpiryInterval, expiresAt: null);
            JournalRecords.WriteSessionSet(_pending.Records, clientId, isNew: true, protocolVersion, sessionExpiryInterval, expiresAt: null);
            return Appended();
        }
    }

    /// <summary>
    /// Updates an existing session on reconnect (<paramref name="expiresAt"/> null) or disconnect
    /// (<paramref name="expiresAt"/> = when it expires). The store does not expire sessions itself:
    /// the broker removes them with <see cref="RemoveSessionAsync"/>.
    /// </summary>
    public Task UpdateSessionAsync(string clientId, MqttProtocolVersion protocolVersion, uint sessionExpiryInterval, DateTimeOffset? expiresAt)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var deadline = expiresAt?.ToUnixTimeMilliseconds();
            Check(_state.SetSession(clientId, isNew: false, protocolVersion, sessionExpiryInterval, deadline), clientId);
            JournalRecords.WriteSessionSet(_pending.Records, clientId, isNew: false, protocolVersion, sessionExpiryInterval, deadline);
            return Appended();
        }
    }

    /// <summary>Removes a session with its subscriptions, queue and inbound state; unknown ids are ignored.</summary>
    public Task RemoveSessionAsync(string clientId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (_state.RemoveSession(clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteClientOnly(_pending.Records, JournalRecordType.SessionRemove, clientId);
            return Appended();
        }
    }

    /// <summary>Adds a subscription, or replaces the options of an existing one with the same filter (MQTT 5.0 §3.8.4).</summary>
    public Task SetSubscriptionAsync(string clientId, string topicFilter, MqttStoredSubscription subscription)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            Check(_state.SetSubscription(clientId, topicFilter, subscription), clientId);
            JournalRecords.WriteSubscriptionSet(_pending.Records, clientId, topicFilter, subscription);
            return Appended();
        }
    }

    public Task RemoveSubscriptionAsync(string clientId, string topicFilter)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (Check(_state.RemoveSubscription(clientId, topicFilter), clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteSubscriptionRemove(_pending.Records, clientId, topicFilter);
            return Appended();
        }
    }

    /// <summary>
    /// Stores a message body once, to be queued for one or more sessions with
    /// <see cref="EnqueueAsync"/>. It becomes durable with the first enqueue that references it.
    /// A message that is never enqueued is dropped at the next open.
    /// The store keeps an encoded copy; the caller may reuse <paramref name="message"/>.
    /// </summary>
    public MqttStoredMessage AddMessage(MqttApplicationMessage message)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var id = _state.NextMessageId;
            var body = JournalRecords.WriteMessageAdd(_pending.Records, id, message);
            Monitor.Pulse(_gate);
            return _state.AddMessage(id, body);
        }
    }

    /// <summary>
    /// Appends the message to the end of the session's outbound queue, at
    /// <paramref name="qualityOfService"/> (1 or 2: the publish QoS limited by the subscription).
    /// A session queues a message at most once.
    /// </summary>
    /// <exception cref="InvalidOperationException">Unknown session, a message already freed, or already queued here.</exception>
    public Task EnqueueAsync(string clientId, MqttStoredMessage message, MqttQualityOfService qualityOfService)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (!_state.Sessions.TryGetValue(clientId, out var session))
            {
                throw UnknownSession(clientId);
            }

            if (!_state.Messages.TryGetValue(message.Id, out var known) || known != message)
            {
                throw new InvalidOperationException($"Message {message.Id} is not held by this store (freed, or from another store).");
            }

            Check(_state.Enqueue(session, message, qualityOfService), clientId);
            JournalRecords.WriteEnqueue(_pending.Records, clientId, message.Id, qualityOfService);
            return Appended();
        }
    }

    /// <summary>
    /// Records that the queued message was sent with <paramref name="packetId"/>: it is in flight
    /// and must be resent with that packet id and DUP after a restart. For QoS 2, await this
    /// before sending the PUBLISH, or a crash could resend it under a new packet id.
    /// </summary>
    public Task MarkSentAsync(string clientId, long messageId, ushort packetId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (Check(_state.MarkSent(clientId, messageId, packetId), clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteSent(_pending.Records, clientId, messageId, packetId);
            return Appended();
        }
    }

    /// <summary>QoS 2: PUBREC received for <paramref name="packetId"/>; from now on resend PUBREL, not PUBLISH.</summary>
    public Task MarkReleasedAsync(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.Released, clientId, packetId);

    /// <summary>PUBACK (QoS 1) or PUBCOMP (QoS 2) received: the entry leaves the queue and the body is freed with its last reference.</summary>
    public Task AcknowledgeAsync(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.Acknowledge, clientId, packetId);

    /// <summary>Removes a queued or in-flight message without delivery (expired, queue limit); unknown ids are ignored.</summary>
    public Task DiscardAsync(string clientId, long messageId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (Check(_state.Discard(clientId, messageId), clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteDiscard(_pending.Records, clientId, messageId);
            return Appended();
        }
    }

    /// <summary>An inbound QoS 2 PUBLISH was received; await before sending PUBREC (MQTT 5.0 §4.3.3).</summary>
    public Task AddInboundQos2Async(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.InboundReceived, clientId, packetId);

    /// <summary>PUBREL received for an inbound QoS 2 packet id; await before sending PUBCOMP.</summary>
    public Task ReleaseInboundQos2Async(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.InboundReleased, clientId, packetId);

    /// <summary>Completes when every record appended so far is durable.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            return DurableSoFar();
        }
    }

    /// <summary>Writes what is pending, then closes the files. Does not compact.</summary>
    public async ValueTask DisposeAsync()
    {
        StopWriter();
        await _writerStopped.Task;
        _segment.Dispose();
        _lockFile.Dispose();
    }

    /// <summary>As <see cref="DisposeAsync"/>, blocking until the last batch is written.</summary>
    public void Dispose()
    {
        StopWriter();
        _writer.Join();
        _segment.Dispose();
        _lockFile.Dispose();
    }

    private void StopWriter()
    {
        lock (_gate)
        {
            _closing = true;
            Monitor.Pulse(_gate);
        }
    }

    private Task AppendPacketRecord(JournalRecordType type, string clientId, ushort packetId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var change = type switch
            {
                JournalRecordType.Released => _state.MarkReleased(clientId, packetId),
                JournalRecordType.Acknowledge => _state.Acknowledge(clientId, packetId),
                JournalRecordType.InboundReceived => _state.ReceiveInbound(clientId, packetId),
                _ => _state.ReleaseInbound(clientId, packetId),
            };
            if (Check(change, clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WritePacket(_pending.Records, type, clientId, packetId);
            return Appended();
        }
    }

    /// <summary>Under the lock, after appending: wakes the writer and hands out the batch's completion.</summary>
    private Task Appended()
    {
        Monitor.Pulse(_gate);
        return _pending.Durable.Task;
    }

    /// <summary>
    /// For calls that changed nothing: the change they ask for may still sit in an unflushed
    /// batch (a duplicate PUBLISH racing the original), so they wait for everything so far.
    /// </summary>
    private Task DurableSoFar() =>
        _pending.Records.Length > 0 ? _pending.Durable.Task
        : _writing is { } writing ? writing.Durable.Task
        : Task.CompletedTask;

    private void ThrowIfUnusable()
    {
        if (_fault is not null)
        {
            throw new IOException("The broker store failed to write and accepts no more changes.", _fault);
        }

        ObjectDisposedException.ThrowIf(_closing, this);
    }

    private static StoreChange Check(StoreChange change, string clientId) => change switch
    {
        StoreChange.UnknownSession => throw UnknownSession(clientId),
        StoreChange.UnknownMessage => throw new InvalidOperationException($"The message is not queued for session '{clientId}'."),
        StoreChange.Conflict => throw new InvalidOperationException($"The change conflicts with the state of session '{clientId}' (message already queued, QoS 0, or packet id 0 or in use)."),
        _ => change,
    };

    private static InvalidOperationException UnknownSession(string clientId) => new($"No stored session for client '{clientId}'.");
}
