using System.Diagnostics;
using System.Globalization;
using AiotHub.Telemetry.Recorder;

namespace AiotHub.Benchmarks.Telemetry;

/// <summary>
/// `recorder-throughput`: samples per second the embedded recorder writes (raw rows plus their
/// 5-minute and hourly aggregates), as 1,000 devices × 3 properties reporting flat out, flushed
/// once a second's worth of the 100,000/s target has queued; then --writers tasks (devices, one QoS 1 report in flight
/// each) that each record a sample and await WhenDurableAsync before the next, as the device bridge does before a
/// PUBACK. Options: --samples N (default 2,000,000), --writers N (default 100; 0 skips), --durable-samples N (default 100,000).
/// </summary>
internal static class RecorderThroughputCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--samples");
        var samples = index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 2_000_000;
        index = Array.IndexOf(args, "--writers");
        var writers = index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 100;
        index = Array.IndexOf(args, "--durable-samples");
        var durableSamples = index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 100_000;
        var directory = Directory.CreateTempSubdirectory("aiothub-bench-recorder-").FullName;
        try
        {
            await using var recorder = TelemetryRecorder.Open(new TelemetryRecorderOptions
            {
                Path = Path.Combine(directory, "telemetry.db"),
                MaxBufferedSamples = samples,
            });
            string[] keys = ["sensor.temperature", "sensor.humidity", "power.watts"];
            var devices = Enumerable.Range(0, 1_000).Select(i => $"device-{i}").ToArray();
            var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < samples; i++)
            {
                recorder.Record(new TelemetrySample(devices[i % 1_000], keys[i / 1_000 % 3], i % 500 / 10.0, null, start + (i / 3_000 * 1_000)));
                if (i % 100_000 == 99_999)
                    recorder.Flush();
            }

            recorder.Flush();
            var seconds = clock.Elapsed.TotalSeconds;
            var status = recorder.Status();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"recorder: {samples:N0} samples in {seconds:F2} s = {samples / seconds:N0} samples/s (target ≥ 100,000); database {status.DatabaseBytes / 1048576.0:F0} MiB"));
            if (writers > 0)
                await AcknowledgingAsync(directory, writers, durableSamples);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task AcknowledgingAsync(string directory, int writers, int samples)
    {
        await using var recorder = TelemetryRecorder.Open(new TelemetryRecorderOptions { Path = Path.Combine(directory, "durable.db") });
        recorder.Start();
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < samples; i = Interlocked.Increment(ref next))
            {
                recorder.Record(new TelemetrySample($"device-{i % 1_000}", "sensor.temperature", i % 500 / 10.0, null, start + i));
                await recorder.WhenDurableAsync();
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recorder acknowledging: {writers} writers, each Record + await WhenDurableAsync: {samples:N0} samples in {seconds:F2} s = {samples / seconds:N0} samples/s on disk"));
    }
}
