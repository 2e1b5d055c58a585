using System.Diagnostics.Metrics;
using AiotHub.Gateway.Telemetry;
using AiotHub.Telemetry.Influx;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The meter <c>AiotHub.Telemetry</c>: the recorder's and, when configured, the InfluxDB export's figures — queued,
/// written, dropped — read from their status (/healthz's "telemetry") once per scrape.
/// </summary>
internal sealed class TelemetryMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Telemetry";

    /// <summary>Why a reading did not reach InfluxDB: one line per figure of <see cref="InfluxSinkStatus"/>.</summary>
    private static readonly (string Reason, Func<InfluxSinkStatus, long> Read)[] ExportDrops =
    [
        ("outbox-full", s => s.Dropped),
        ("rejected", s => s.Rejected),
        ("invalid", s => s.Invalid),
    ];

    private readonly ScrapeSnapshot<TelemetryStatus> _status;

    public TelemetryMetrics(IMeterFactory meters, ScrapeSnapshot<TelemetryStatus> status)
    {
        _status = status;
        var meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("aiothub.telemetry.recorder.queued", () => _status.Value.Recorder.SamplesBuffered, "{sample}",
            "Samples waiting in memory for the recorder's next write.");
        meter.CreateObservableCounter("aiothub.telemetry.recorder.written", () => _status.Value.Recorder.SamplesWritten, "{sample}",
            "Samples written to telemetry.db.");
        meter.CreateObservableCounter("aiothub.telemetry.recorder.dropped", () => _status.Value.Recorder.SamplesDropped, "{sample}",
            "Samples dropped because the recorder's buffer was full (Telemetry:Recorder:MaxBufferedSamples).");
        meter.CreateObservableUpDownCounter("aiothub.telemetry.recorder.size", () => _status.Value.Recorder.DatabaseBytes, "By",
            "Size of telemetry.db and its write-ahead log.");
        meter.CreateObservableUpDownCounter("aiothub.telemetry.export.queued", () => Export(s => s.QueuedPoints), "{point}",
            "Readings waiting for InfluxDB (in memory and in the outbox on disk).");
        meter.CreateObservableGauge("aiothub.telemetry.export.lag", () => Export(s => s.OldestUnsentAge?.TotalSeconds ?? 0), "s",
            "Age of the oldest reading waiting for InfluxDB; 0 when none waits.");
        meter.CreateObservableCounter("aiothub.telemetry.export.written", () => Export(s => s.Written), "{point}", "Readings InfluxDB accepted.");
        meter.CreateObservableCounter("aiothub.telemetry.export.retried", () => Export(s => s.Retried), "{request}", "Writes to InfluxDB retried after a failure.");
        meter.CreateObservableCounter("aiothub.telemetry.export.dropped", ObserveExportDrops, "{point}",
            "Readings that will not reach InfluxDB, by reason: outbox-full (the oldest dropped past Telemetry:Influx:MaxOutboxPoints), rejected (the server "
            + "refused the batch, 400), invalid (not expressible in line protocol).");
        meter.CreateObservableGauge("aiothub.telemetry.export.circuit.open", () => Export(s => s.CircuitOpen ? 1 : 0), "1",
            "1 while the export holds its writes after repeated failures, else 0.");
    }

    private IEnumerable<Measurement<T>> Export<T>(Func<InfluxSinkStatus, T> read)
        where T : struct =>
        _status.Value.Influx is { } influx ? [new(read(influx))] : [];

    private IEnumerable<Measurement<long>> ObserveExportDrops() =>
        _status.Value.Influx is { } influx
            ? ExportDrops.Select(d => new Measurement<long>(d.Read(influx), new KeyValuePair<string, object?>("reason", d.Reason)))
            : [];

    // Hosted only so that the instruments exist from the start; they read their module when scraped.
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
