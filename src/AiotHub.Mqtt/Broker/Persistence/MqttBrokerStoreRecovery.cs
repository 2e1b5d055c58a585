namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>What opening the store found on disk; for logs and tests.</summary>
/// <param name="SnapshotLoaded">A snapshot was read (false on a fresh directory or before the first compaction).</param>
/// <param name="RecordsReplayed">Records applied from the snapshot and the log segments.</param>
/// <param name="DiscardedBytes">Bytes cut off after the last good record (a torn or corrupt tail).</param>
public sealed record MqttBrokerStoreRecovery(bool SnapshotLoaded, long RecordsReplayed, long DiscardedBytes);
