namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>The writer thread: group commit and compaction.</summary>
public sealed partial class MqttBrokerStore
{
    /// <summary>
    /// Takes everything pending, writes it with one write and one flush, completes its awaiters,
    /// and repeats. A dedicated thread rather than a pool task, because fsync blocks for
    /// milliseconds and the pool is small on a two-core hub.
    /// </summary>
    private void WriteLoop()
    {
        try
        {
            while (true)
            {
                JournalBatch batch;
                var compact = false;
                lock (_gate)
                {
                    while (_pending.Records.Length == 0 && !_closing)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_pending.Records.Length == 0)
                    {
                        return;
                    }

                    batch = _pending;
                    _pending = _spare ?? new JournalBatch();
                    _spare = null;
                    _writing = batch;
                    if (IsCompactionDue(batch.Records.Length))
                    {
                        // The snapshot is taken here, under the lock, so it holds exactly the effect of
                        // this batch and everything before it: the old segment ends where it begins.
                        compact = true;
                        _snapshot.Reset(maxRetainedCapacity: 0);
                        StoreStateSnapshot.Write(_state, _snapshot, _segment.Generation + 1);
                    }
                }

                _options.BatchWriting?.Invoke();
                _segment.Append(batch.Records.WrittenSpan);
                if (_options.FlushMode == MqttBrokerStoreFlushMode.Always || compact)
                {
                    _segment.Flush();
                }

                Interlocked.Increment(ref _batchesWritten);
                batch.Durable.TrySetResult();
                if (compact)
                {
                    Compact();
                }

                lock (_gate)
                {
                    _writing = null;
                    batch.Reset();
                    _spare = batch;
                }
            }
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _fault = ex;
                var error = new IOException("The broker store failed to write.", ex);
                _writing?.Durable.TrySetException(error);
                _pending.Durable.TrySetException(error);
            }
        }
        finally
        {
            _writerStopped.TrySetResult();
        }
    }

    private bool IsCompactionDue(int batchLength)
    {
        var segmentLength = _segment.Length + batchLength;
        return segmentLength >= _options.CompactionMinimumBytes
            && segmentLength >= _options.CompactionRatio * _state.LiveBytes
            && segmentLength >= _compactionRetryLength;
    }

    /// <summary>
    /// Replaces segment G by a snapshot of generation G + 1 and an empty segment G + 1. Every
    /// step leaves a directory that recovers to the same state: before the rename the old snapshot
    /// and segments still hold everything (snapshot.tmp is deleted on open); after it, the new
    /// snapshot does and segments below G + 1 are ignored and deleted.
    /// An I/O error before the rename (a full disk, say) only postpones compaction: nothing is
    /// committed yet and the old segment carries on. After the rename it faults the store, since
    /// appending to a segment the snapshot has replaced would lose those records.
    /// </summary>
    private void Compact()
    {
        var step = _options.CompactionStepCompleted;
        step?.Invoke(CompactionStep.OldSegmentFlushed);

        var temp = Path.Combine(_directory, JournalRecovery.SnapshotTempFileName);
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, _snapshot.WrittenSpan, 0);
                RandomAccess.FlushToDisk(handle);
            }

            _snapshot.Reset(maxRetainedCapacity: 0);
            step?.Invoke(CompactionStep.SnapshotWritten);
            File.Move(temp, Path.Combine(_directory, JournalRecovery.SnapshotFileName), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _snapshot.Reset(maxRetainedCapacity: 0);
            TryDelete(temp);
            _compactionRetryLength = _segment.Length + _options.CompactionMinimumBytes;
            return;
        }

        DirectorySync.Flush(_directory);
        step?.Invoke(CompactionStep.SnapshotRenamed);

        var old = _segment;
        _segment = JournalSegment.Create(_directory, old.Generation + 1);
        _compactionRetryLength = 0;
        old.Dispose();
        step?.Invoke(CompactionStep.NewSegmentCreated);

        foreach (var path in Directory.EnumerateFiles(_directory))
        {
            if (JournalSegment.TryParseGeneration(Path.GetFileName(path), out var generation) && generation < _segment.Generation)
            {
                TryDelete(path);
            }
        }

        step?.Invoke(CompactionStep.OldSegmentsDeleted);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Whatever is left is deleted on the next open.
        }
    }
}
