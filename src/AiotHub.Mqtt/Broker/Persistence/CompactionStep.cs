namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>The steps of a compaction, in order; a crash after any of them must lose nothing.</summary>
internal enum CompactionStep
{
    /// <summary>The records before the snapshot point are written and flushed to the old segment.</summary>
    OldSegmentFlushed,

    /// <summary>snapshot.tmp is written and flushed.</summary>
    SnapshotWritten,

    /// <summary>snapshot.tmp is renamed over snapshot.dat.</summary>
    SnapshotRenamed,

    /// <summary>The new, empty log segment exists.</summary>
    NewSegmentCreated,

    /// <summary>Segments covered by the snapshot are deleted.</summary>
    OldSegmentsDeleted,
}
