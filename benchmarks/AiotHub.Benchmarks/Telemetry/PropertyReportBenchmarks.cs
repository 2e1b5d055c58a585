using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Telemetry.Recorder;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks.Telemetry;

/// <summary>
/// What recording costs on the report path: DeviceRegistry.OnProperties for one sensor reading with
/// no PropertyReported listener, and with a listener that queues the reading for the recorder (what
/// the hub's TelemetryService does). The difference is the hook's cost under the registry's lock.
/// Run: dotnet run -c Release -- --filter "*PropertyReportBenchmarks*" --job short
/// </summary>
[MemoryDiagnoser]
// Each iteration's readings are written out after it (IterationCleanup), outside the measurement.
[InvocationCount(100_000)]
public class PropertyReportBenchmarks
{
    private readonly JsonElement _values = JsonDocument.Parse("""{"environment.temperature":21.5}""").RootElement.Clone();
    private readonly DateTimeOffset _time = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private DeviceRegistry _plain = null!;
    private DeviceRegistry _recorded = null!;
    private TelemetryRecorder _recorder = null!;
    private string _directory = "";

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ProfileCatalog.LoadDirectory(FindProfiles(), out _);
        _plain = new DeviceRegistry(catalog);
        _recorded = new DeviceRegistry(catalog);
        _directory = Directory.CreateTempSubdirectory("aiothub-report-bench-").FullName;
        _recorder = TelemetryRecorder.Open(new TelemetryRecorderOptions { Path = Path.Combine(_directory, "telemetry.db"), MaxBufferedSamples = 100_000_000 });
        foreach (var registry in new[] { _plain, _recorded })
            registry.OnAnnounce("th-1", new DeviceAnnouncement("aiot.sensor.th1"));
        _recorded.PropertyReported += (in PropertyReport report) =>
        {
            if (report.Property.Telemetry || report.Changed)
                _recorder.Record(new TelemetrySample(report.DeviceId, report.Key, report.Value.GetDouble(), null, report.Time.ToUnixTimeMilliseconds()));
        };
    }

    [Benchmark(Baseline = true)]
    public int ReportWithoutListener() => _plain.OnProperties("th-1", _values, _time).Count;

    [Benchmark]
    public int ReportRecorded() => _recorded.OnProperties("th-1", _values, _time).Count;

    [IterationCleanup]
    public void Flush() => _recorder.Flush();

    [GlobalCleanup]
    public void Cleanup()
    {
        _recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    private static string FindProfiles()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "device-profiles");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("device-profiles not found above " + AppContext.BaseDirectory);
    }
}
