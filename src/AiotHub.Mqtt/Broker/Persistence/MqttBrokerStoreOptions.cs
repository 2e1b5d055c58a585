namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Tuning of <see cref="MqttBrokerStore"/>; the defaults suit a home hub.</summary>
public sealed class MqttBrokerStoreOptions
{
    public MqttBrokerStoreFlushMode FlushMode { get; set; } = MqttBrokerStoreFlushMode.Always;

    /// <summary>The log segment is never compacted below this size.</summary>
    public long CompactionMinimumBytes { get; set; } = 16L << 20;

    /// <summary>
    /// Compact once the log segment is this many times larger than the live state, so the cost
    /// of a snapshot is paid back by the log bytes it drops.
    /// </summary>
    public double CompactionRatio { get; set; } = 4;

    /// <summary>Test seam: called after each compaction step; throwing simulates a crash there.</summary>
    internal Action<CompactionStep>? CompactionStepCompleted { get; set; }

    /// <summary>Test seam: called on the writer thread before each batch is written; blocking it holds every awaiter back.</summary>
    internal Action? BatchWriting { get; set; }
}
