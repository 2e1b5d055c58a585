namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Rebuilds the state from a store directory: the snapshot (if any), then the log segments it
/// does not cover, in generation order. The first damaged or incomplete record ends recovery:
/// its segment is truncated there and later segments are deleted, so the state is always a
/// prefix of what was written. Never throws on file contents; only I/O errors escape.
/// </summary>
internal static class JournalRecovery
{
    public const string SnapshotFileName = "snapshot.dat";
    public const string SnapshotTempFileName = "snapshot.tmp";

    public static (MqttBrokerStoreRecovery Recovery, JournalSegment Segment) Recover(string directory, StoreState state)
    {
        // A leftover temp file is a compaction that crashed before its rename: the old files still hold everything.
        File.Delete(Path.Combine(directory, SnapshotTempFileName));

        long records = 0;
        long discarded = 0;
        var snapshotPath = Path.Combine(directory, SnapshotFileName);
        var snapshotLoaded = File.Exists(snapshotPath);
        long firstGeneration = 0;
        if (snapshotLoaded)
        {
            (firstGeneration, var snapshotRecords, var snapshotDiscarded) = ReadSnapshot(snapshotPath, state);
            records += snapshotRecords;
            discarded += snapshotDiscarded;
        }

        var generations = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .Select(name => JournalSegment.TryParseGeneration(name!, out var g) ? g : -1)
            .Where(g => g >= 0)
            .Order()
            .ToList();

        var current = firstGeneration;
        long currentLength = 0;
        var stopped = false;
        var replayedAny = false;
        foreach (var generation in generations)
        {
            var path = Path.Combine(directory, JournalSegment.FileName(generation));
            // Each compaction adds exactly one generation, so a missing one means lost records.
            stopped |= replayedAny && generation != current + 1;
            if (generation < firstGeneration || stopped)
            {
                // Below the snapshot: a compaction crashed before deleting it. After a damaged
                // record or a missing segment: replaying it would skip the records lost in the gap.
                File.Delete(path);
                continue;
            }

            replayedAny = true;

            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            var reader = new JournalFileReader(handle);
            long applied = 0;
            while (reader.TryReadNext(out var type, out var fields) && JournalRecords.TryApply(state, type, fields))
            {
                applied = reader.GoodLength;
                records++;
            }

            current = generation;
            currentLength = applied;
            if (applied < reader.FileLength)
            {
                discarded += reader.FileLength - applied;
                RandomAccess.SetLength(handle, applied);
                RandomAccess.FlushToDisk(handle);
                stopped = true;
            }
        }

        state.DropUnreferencedMessages();
        var segment = File.Exists(Path.Combine(directory, JournalSegment.FileName(current)))
            ? JournalSegment.OpenForAppend(directory, current, currentLength)
            : JournalSegment.Create(directory, current);
        return (new MqttBrokerStoreRecovery(snapshotLoaded, records, discarded), segment);
    }

    private static (long Generation, long Records, long Discarded) ReadSnapshot(string path, StoreState state)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var reader = new JournalFileReader(handle);
        long generation = 0;
        long records = 0;
        long applied = 0;
        var complete = false;
        while (reader.TryReadNext(out var type, out var fields))
        {
            if (records == 0)
            {
                var header = new JournalRecordReader(fields);
                if (type != JournalRecordType.SnapshotBegin || !header.TryReadVarUInt(out var g) || g > long.MaxValue)
                {
                    break;
                }

                generation = (long)g;
            }

            if (!JournalRecords.TryApply(state, type, fields))
            {
                break;
            }

            records++;
            applied = reader.GoodLength;
            if (type == JournalRecordType.SnapshotEnd)
            {
                complete = true;
                break;
            }
        }

        // A snapshot is renamed into place only after it was flushed whole, so an incomplete one
        // means the disk lost data; its prefix is still the best state left, since the segments
        // it replaced are gone.
        return (generation, records, complete ? 0 : reader.FileLength - applied);
    }
}
