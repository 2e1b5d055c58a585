namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Online backup: the live state as one snapshot file, taken while the broker runs.</summary>
public sealed partial class MqttBrokerStore
{
    /// <summary>The name a backup's snapshot takes in a store directory: an empty directory holding only it opens as the backed-up state.</summary>
    public const string SnapshotFileName = JournalRecovery.SnapshotFileName;

    /// <summary>
    /// Writes the store's state as of this call to <paramref name="destination"/>, in the snapshot format
    /// (docs/broker-persistence.md "Files"): a directory that holds only this file, named
    /// <see cref="SnapshotFileName"/>, opens as exactly that state. Returns the bytes written.
    /// </summary>
    /// <remarks>
    /// The state is serialized under the store's lock, as a compaction does (appenders pause for
    /// milliseconds per MiB of live state), so it is one consistent point of the journal: every record
    /// appended before it, none after. The bytes are written only once every record it covers is durable,
    /// so the backup never holds a change the store could still lose; the journal files themselves are
    /// not read, and appending, group commit and compaction carry on meanwhile.
    /// </remarks>
    /// <exception cref="IOException">The store has failed to write (the backup would hold changes that may not be on disk).</exception>
    /// <exception cref="ObjectDisposedException">The store is closed.</exception>
    public async Task<long> WriteSnapshotAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var snapshot = new JournalRecordWriter();
        Task durable;
        lock (_gate)
        {
            ThrowIfUnusable();
            // Generation 0: the snapshot of a store that starts afresh from it, whatever generation this one is at.
            StoreStateSnapshot.Write(_state, snapshot, generation: 0);
            durable = DurableSoFar();
        }

        await durable.WaitAsync(cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(snapshot.WrittenMemory, cancellationToken).ConfigureAwait(false);
        return snapshot.Length;
    }
}
