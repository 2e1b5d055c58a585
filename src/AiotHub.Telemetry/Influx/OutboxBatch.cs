namespace AiotHub.Telemetry.Influx;

/// <summary>Points waiting in the outbox as one row: line-protocol bytes, how many points, and the Unix milliseconds when the oldest was queued.</summary>
public sealed record OutboxBatch(long Id, int Points, long OldestQueuedMs, ReadOnlyMemory<byte> Body);
