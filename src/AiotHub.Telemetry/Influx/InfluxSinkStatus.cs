namespace AiotHub.Telemetry.Influx;

/// <summary>
/// The export's health for /healthz and the metrics: points waiting in the outbox and how old the
/// oldest is; points written, requests retried, points dropped (outbox full, or memory full while the outbox could not be written), rejected (set aside
/// after a 400) and invalid (not expressible in line protocol); the last error and the circuit.
/// </summary>
public sealed record InfluxSinkStatus(
    long QueuedPoints,
    TimeSpan? OldestUnsentAge,
    long Written,
    long Retried,
    long Dropped,
    long Rejected,
    long Invalid,
    string? LastError,
    DateTimeOffset? LastWritten,
    bool CircuitOpen);
