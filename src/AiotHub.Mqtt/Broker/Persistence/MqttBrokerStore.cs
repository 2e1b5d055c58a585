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

    /// <summary>After a failed compaction: the segment length at which to try again.</summary>
    private long _compactionRetryLength;

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

    /// <summary>
    /// Creates an empty session, replacing any session of that client with its subscriptions and queue (clean start).
    /// <paramref name="userName"/> is the one the client connected with (null: anonymous), kept so that what the
    /// session may receive is decided for the right user before its client returns.
    /// </summary>
    public Task CreateSessionAsync(string clientId, MqttProtocolVersion protocolVersion, uint sessionExpiryInterval, string? userName = null)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            _state.SetSession(clientId, isNew: true, protocolVersion, sessionExpiryInterval, expiresAt: null, userName);
            JournalRecords.WriteSessionSet(_pending.Records, clientId, isNew: true, protocolVersion, sessionExpiryInterval, expiresAt: null, userName);
            return Appended();
        }
    }

    /// <summary>
    /// Updates an existing session on reconnect (<paramref name="expiresAt"/> null) or disconnect
    /// (<paramref name="expiresAt"/> = when it expires). The store does not expire sessions itself:
    /// the broker removes them with <see cref="RemoveSessionAsync"/>. <paramref name="userName"/> replaces the stored one.
    /// </summary>
    public Task UpdateSessionAsync(string clientId, MqttProtocolVersion protocolVersion, uint sessionExpiryInterval, DateTimeOffset? expiresAt,
        string? userName = null)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var deadline = expiresAt?.ToUnixTimeMilliseconds();
            Check(_state.SetSession(clientId, isNew: false, protocolVersion, sessionExpiryInterval, deadline, userName), clientId);
            JournalRecords.WriteSessionSet(_pending.Records, clientId, isNew: false, protocolVersion, sessionExpiryInterval, deadline, userName);
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
        StoreChange.Conflict => throw new InvalidOperationException($"The change conflicts with the state of session '{clientId}' (message already queued, QoS 0, packet id 0 or in use, or PUBREC already received)."),
        _ => change,
    };

    private static InvalidOperationException UnknownSession(string clientId) => new($"No stored session for client '{clientId}'.");
}
