using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using AiotHub.Telemetry;
using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.LineProtocol;

namespace AiotHub.Benchmarks.Telemetry;

/// <summary>
/// `influx-throughput`: issue 6's sink targets, side by side in one run against one
/// VictoriaMetrics (Debian's victoria-metrics, started here on a free port):
/// 1. a bare HTTP writer — encode a batch, POST it, wait, repeat; no outbox, no gzip, no retries — the ceiling;
/// 2. the sink flat out — Add as fast as possible, through the outbox on disk, retries armed —
///    points per second until the server has them all;
/// 3. the sink at a steady 100,000 points/s for --seconds: this process's CPU (one core = 100 %);
/// 4. the sink acknowledging: --writers tasks (devices, one QoS 1 report in flight each) each Add a point and await
///    WhenDurableAsync (in the outbox on disk) before the next, as the device bridge does before a PUBACK — points
///    acknowledged per second, and until the server has them all.
/// Options: --points N (default 1,000,000), --seconds S (default 10), --batch N (default 5,000), --gzip 0|1 (default 0,
/// as the sink's default), --writers N (default 100; 0 skips 4), --durable-points N (default 100,000).
/// </summary>
internal static class InfluxThroughputCommand
{
    private static readonly string[] VictoriaMetricsPaths = ["/usr/bin/victoria-metrics", "/usr/sbin/victoria-metrics"];

    public static async Task<int> RunAsync(string[] args)
    {
        var points = Option(args, "--points", 1_000_000);
        var seconds = Option(args, "--seconds", 10);
        var batch = Option(args, "--batch", 5_000);
        Gzip = Option(args, "--gzip", 0) != 0;
        var writers = Option(args, "--writers", 100);
        var durablePoints = Option(args, "--durable-points", 100_000);
        var executable = VictoriaMetricsPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("victoria-metrics not found: apt-get install victoria-metrics");
        var directory = Directory.CreateTempSubdirectory("aiothub-bench-vm-").FullName;
        var port = LoopbackPort.Next();
        using var server = Process.Start(new ProcessStartInfo(executable,
            [$"-storageDataPath={directory}/data", $"-httpListenAddr=127.0.0.1:{port}", "-loggerLevel=ERROR"]) { RedirectStandardError = true })!;
        try
        {
            var url = new Uri($"http://127.0.0.1:{port}");
            using var http = new HttpClient();
            await WaitHealthyAsync(http, url);
            var bare = await BareWriterAsync(http, url, points, batch);
            var flatOut = await SinkFlatOutAsync(http, url, directory, points, batch);
            var (rate, cpu) = await SinkSteadyAsync(http, url, directory, seconds, batch);
            var (acknowledged, delivered) = writers > 0 ? await SinkAcknowledgingAsync(http, url, directory, durablePoints, batch, writers) : (0, 0);
            Console.WriteLine();
            Console.WriteLine("| writer | points/s | vs bare |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bare HTTP writer (encode and POST; no outbox, no gzip) | {bare:N0} | 1.00 |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| InfluxSink flat out (encode, outbox on disk{(Gzip ? ", gzip" : "")}) | {flatOut:N0} | {flatOut / bare:F2} |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"steady {rate:N0} points/s through the sink for {seconds} s: this process used {cpu * 100:F0} % of one core (target ≤ 50 %)"));
            if (writers > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"acknowledging: {writers} writers, each Add + await WhenDurableAsync: {acknowledged:N0} points/s durable in the outbox, {delivered:N0} points/s until the server had all {durablePoints:N0}"));
            }

            return 0;
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<double> BareWriterAsync(HttpClient http, Uri url, int points, int batch)
    {
        var write = new Uri(url, "/api/v2/write?org=home&bucket=home&precision=ms");
        var clock = Stopwatch.StartNew();
        var writer = new LineProtocolWriter(LinePrecision.Milliseconds);
        var output = new ArrayBufferWriter<byte>(batch * 128);
        for (var i = 0; i < points; i++)
        {
            var p = Point(i, "bare");
            writer.Measurement(p.Service).Tag("device", p.DeviceId).Tag("home", p.HomeId).Tag("model", p.Model).Tag("room", p.RoomId)
                .Field(p.Property, p.Value.Number).EndLine(output, p.Time);
            if ((i + 1) % batch == 0 || i == points - 1)
            {
                using var response = await http.PostAsync(write, new ReadOnlyMemoryContent(output.WrittenMemory));
                response.EnsureSuccessStatusCode();
                output.ResetWrittenCount();
            }
        }

        return points / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> SinkFlatOutAsync(HttpClient http, Uri url, string directory, int points, int batch)
    {
        using var outbox = InfluxOutbox.Open(Path.Combine(directory, "flat.db"), long.MaxValue);
        await using var sink = new InfluxSink(Options(url, batch), outbox, http);
        sink.Start();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < points; i++)
            sink.Add(Point(i, "flat"));
        while (sink.Status().Written < points)
            await Task.Delay(5);
        return points / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, double Cpu)> SinkSteadyAsync(HttpClient http, Uri url, string directory, int seconds, int batch)
    {
        const int rate = 100_000;
        using var outbox = InfluxOutbox.Open(Path.Combine(directory, "steady.db"), long.MaxValue);
        await using var sink = new InfluxSink(Options(url, batch), outbox, http);
        sink.Start();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            // 1 ms slices: add what is due, then sleep; the generator's own cost is in the figure, so it is an upper bound.
            var due = (int)(clock.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
                sink.Add(Point(sent, "steady"));
            await Task.Delay(1);
        }

        while (sink.Status().Written < sent)
            await Task.Delay(5);
        var elapsed = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (sent / elapsed, (process.TotalProcessorTime - cpuBefore).TotalSeconds / elapsed);
    }

    private static async Task<(double Acknowledged, double Delivered)> SinkAcknowledgingAsync(HttpClient http, Uri url, string directory, int points,
        int batch, int writers)
    {
        using var outbox = InfluxOutbox.Open(Path.Combine(directory, "durable.db"), long.MaxValue);
        await using var sink = new InfluxSink(Options(url, batch), outbox, http);
        sink.Start();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < points; i = Interlocked.Increment(ref next))
            {
                sink.Add(Point(i, "durable"));
                await sink.WhenDurableAsync();
            }
        })));
        var acknowledged = points / clock.Elapsed.TotalSeconds;
        while (sink.Status().Written < points)
            await Task.Delay(5);
        return (acknowledged, points / clock.Elapsed.TotalSeconds);
    }

    private static InfluxSinkOptions Options(Uri url, int batch) => new()
    {
        Url = url,
        Api = InfluxApiVersion.V2,
        Org = "home",
        Bucket = "home",
        BatchPoints = batch,
        Gzip = Gzip,
        FlushInterval = TimeSpan.FromMilliseconds(100),
    };

    private static bool Gzip { get; set; }

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static TelemetryPoint Point(int i, string run) => new("home", "bedroom", $"{run}-{i % 1000}", "aiot.sensor.th1",
        "temperature-humidity-sensor", "temperature", TelemetryValue.Float(i % 400 / 10.0), Start.AddMilliseconds(i));

    private static async Task WaitHealthyAsync(HttpClient http, Uri url)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Starting.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("victoria-metrics did not become healthy");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
