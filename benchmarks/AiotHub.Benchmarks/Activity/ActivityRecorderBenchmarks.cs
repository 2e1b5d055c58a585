using System.Text.Json;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks.Activity;

/// <summary>
/// What the activity log costs on the report path: DeviceRegistry.OnProperties for a lamp switched at its own button
/// (every report a change), without a recorder and with the <see cref="ActivityRecorder"/> on the feed queueing an
/// entry for the <see cref="ActivityStore"/>. The difference is the recording's cost on the publisher's thread; the
/// store's batches are written after each iteration, outside the measurement.
/// Run: dotnet bin/Release/net10.0/AiotHub.Benchmarks.dll --filter "*ActivityRecorderBenchmarks*" --job short --memory
/// </summary>
[MemoryDiagnoser]
[InvocationCount(100_000)]
public class ActivityRecorderBenchmarks
{
    private readonly JsonElement[] _values =
    [
        JsonDocument.Parse("""{"light.on":true}""").RootElement.Clone(),
        JsonDocument.Parse("""{"light.on":false}""").RootElement.Clone(),
    ];

    private DeviceRegistry _plain = null!;
    private DeviceRegistry _recorded = null!;
    private ActivityStore _store = null!;
    private ActivityRecorder _recorder = null!;
    private string _directory = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ProfileCatalog.LoadDirectory(Profiles.Find(), out _);
        _plain = new DeviceRegistry(catalog);
        _recorded = new DeviceRegistry(catalog);
        _directory = Directory.CreateTempSubdirectory("aiothub-activity-bench-").FullName;
        _store = new ActivityStore(Path.Combine(_directory, "hub.db"), TimeProvider.System,
            new ActivityStoreOptions { MaxQueued = 1_000_000, MaxEntriesPerHome = 10_000_000, WriteBehindInterval = TimeSpan.FromMinutes(1) });
        _recorder = new ActivityRecorder(_recorded, _store, TimeProvider.System);
        foreach (var registry in new[] { _plain, _recorded })
        {
            registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
            registry.OnAvailability("lamp-1", online: true);
            registry.OnProperties("lamp-1", _values[1]);
        }
    }

    [Benchmark(Baseline = true)]
    public int ChangeWithoutRecorder() => _plain.OnProperties("lamp-1", _values[_next++ & 1]).Count;

    [Benchmark]
    public int ChangeRecorded() => _recorded.OnProperties("lamp-1", _values[_next++ & 1]).Count;

    [IterationCleanup]
    public void Flush() => _store.Flush();

    [GlobalCleanup]
    public void Cleanup()
    {
        _recorder.Dispose();
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }
}
