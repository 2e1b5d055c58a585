namespace AiotHub.Telemetry.Influx;

/// <summary>One batch to append to the outbox: line-protocol bytes, how many points, and the Unix milliseconds when the oldest was queued.</summary>
public readonly record struct OutboxAppend(ReadOnlyMemory<byte> Lines, int Points, long OldestQueuedMs);
