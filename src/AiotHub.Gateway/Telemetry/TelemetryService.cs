using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Devices;
using AiotHub.Telemetry;
using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.Recorder;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Telemetry;

/// <summary>
/// The hub's telemetry while it runs: every reported value of a telemetry property, and every
/// change of the others, goes to the <see cref="TelemetryRecorder"/> (numbers and booleans as
/// numbers, anything else as JSON text); the numeric, boolean and string readings of telemetry
/// properties also go to the <see cref="InfluxSink"/> when one is configured. Both files live in
/// the hub's data directory (Devices:DataDirectory) unless given absolute paths. A late report
/// (<see cref="PropertyReport.Late"/>) the recorder already holds is neither recorded nor exported again.
/// <see cref="WhenDurableAsync"/> is the barrier the device bridge awaits before it acknowledges a report.
/// Stopping flushes both to disk.
/// </summary>
internal sealed partial class TelemetryService : IHostedService, IAsyncDisposable
{
    private readonly DeviceRegistry _registry;
    private readonly ILogger<TelemetryService> _logger;
    private readonly HttpClient? _http;
    private readonly InfluxOutbox? _outbox;
    private readonly PropertyReportedHandler _onReport;
    private readonly DeviceMessageDurability? _durability;
    private readonly Func<Task> _whenDurable;
    private bool _disposed;

    public TelemetryService(
        DeviceRegistry registry,
        IOptions<TelemetryRecorderOptions> recorderOptions,
        IOptions<InfluxSinkOptions> influxOptions,
        IOptions<DevicesOptions> devicesOptions,
        IHostEnvironment environment,
        TimeProvider time,
        ILoggerFactory loggers,
        DeviceMessageDurability? durability = null)
    {
        _registry = registry;
        _durability = durability;
        _whenDurable = WhenDurableAsync;
        _logger = loggers.CreateLogger<TelemetryService>();
        _onReport = OnReport;
        var dataDirectory = Path.GetFullPath(devicesOptions.Value.DataDirectory, environment.ContentRootPath);
        var recorder = recorderOptions.Value;
        Recorder = TelemetryRecorder.Open(recorder.WithPath(Path.GetFullPath(recorder.Path, dataDirectory)), time, loggers.CreateLogger<TelemetryRecorder>());
        var influx = influxOptions.Value;
        if (influx.Url is not null)
        {
            _outbox = InfluxOutbox.Open(Path.GetFullPath(influx.OutboxPath, dataDirectory), influx.MaxOutboxPoints);
            _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            Sink = new InfluxSink(influx, _outbox, _http, time, loggers.CreateLogger<InfluxSink>());
            LogExporting(influx.Url, influx.Api);
        }
    }

    public TelemetryRecorder Recorder { get; }

    /// <summary>Null when Telemetry:Influx:Url is not set.</summary>
    public InfluxSink? Sink { get; }

    public TelemetryStatus GetStatus() => new(Recorder.Status(), Sink?.Status());

    /// <summary>
    /// Completes once everything reported before the call is on disk: the recorder's rows in telemetry.db and the
    /// export's points in its outbox (each group-committed: waiters meanwhile share one transaction). Faults when either
    /// cannot promise it (a failed write, or telemetry dropped at a memory bound): then do not acknowledge.
    /// </summary>
    public Task WhenDurableAsync()
    {
        var recorded = Recorder.WhenDurableAsync();
        return Sink is { } sink ? Task.WhenAll(recorded, sink.WhenDurableAsync()) : recorded;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Recorder.Start();
        Sink?.Start();
        _registry.PropertyReported += _onReport;
        // From now on a device's QoS 1/2 report is acknowledged only once its reading is on disk here too.
        _durability?.Add(_whenDurable);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _durability?.Remove(_whenDurable);
        _registry.PropertyReported -= _onReport;
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        _durability?.Remove(_whenDurable);
        _registry.PropertyReported -= _onReport;
        if (Sink is { } sink)
            await sink.DisposeAsync();
        _outbox?.Dispose();
        _http?.Dispose();
        await Recorder.DisposeAsync();
    }

    /// <summary>
    /// Converts and queues (both queues are in memory). A late report — older than the twin's newest: a reading the
    /// device buffered, or a redelivery of one — that the recorder already holds is skipped (that check may wait for a
    /// flush in progress; late reports are rare).
    /// </summary>
    private void OnReport(in PropertyReport report)
    {
        var telemetry = report.Property.Telemetry;
        if (!telemetry && !report.Changed)
            return;
        var ms = report.Time.ToUnixTimeMilliseconds();
        if (report.Late && Recorder.HasSample(report.DeviceId, report.Key, ms))
            return;
        var value = report.Value;
        double? number = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            _ => null,
        };
        Recorder.Record(new TelemetrySample(report.DeviceId, report.Key, number, number is null ? value.GetRawText() : null, ms));
        if (!telemetry || Sink is not { } sink)
            return;
        TelemetryValue? reading = value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => TelemetryValue.Bool(value.GetBoolean()),
            JsonValueKind.Number when report.Property.Value.Format is not (PropertyFormat.Float or PropertyFormat.String) && value.TryGetInt64(out var i) =>
                TelemetryValue.Int(i),
            JsonValueKind.Number => TelemetryValue.Float(value.GetDouble()),
            JsonValueKind.String => TelemetryValue.String(value.GetString()!),
            _ => null,
        };
        if (reading is { } r)
            sink.Add(new TelemetryPoint(report.HomeId, report.RoomId, report.DeviceId, report.Model, report.Service.Name, report.Property.Name, r, report.Time));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "telemetry: exporting readings to {Url} (InfluxDB API {Api})")]
    private partial void LogExporting(Uri url, InfluxApiVersion api);
}
