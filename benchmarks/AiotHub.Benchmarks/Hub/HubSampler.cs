using System.Diagnostics;
using System.Globalization;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// Watches a hub process from outside for the whole of a run: its resident memory (VmRSS from
/// /proc) every 100 ms, and the latency of GET /healthz every 50 ms, each on its own thread with
/// a blocking client, so a busy thread pool in this process cannot delay a sample. A health check
/// that takes longer than the client's 60 s timeout counts as one sample of 60 s.
/// </summary>
internal sealed class HubSampler : IDisposable
{
    private readonly int _processId;
    private readonly HttpClient _health;
    private readonly Lock _sync = new();
    private readonly List<(TimeSpan At, long Bytes)> _memory = [];
    private readonly List<(TimeSpan At, double Milliseconds, bool Ok)> _latency = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _memoryThread;
    private readonly Thread _healthThread;

    public HubSampler(int processId, int httpPort)
    {
        _processId = processId;
        _health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
        _memoryThread = new Thread(SampleMemory) { IsBackground = true, Name = "rss-sampler" };
        _healthThread = new Thread(SampleHealth) { IsBackground = true, Name = "healthz-sampler" };
        _memoryThread.Start();
        _healthThread.Start();
    }

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The hub's resident memory now, read at once.</summary>
    public long ResidentBytes() => ReadRss(_processId);

    /// <summary>The resident memory now by kind (anonymous: the heaps and stacks; file: mapped code and files; shared), in MiB.</summary>
    public string Breakdown()
    {
        try
        {
            var rss = File.ReadLines($"/proc/{_processId}/status").Where(l => l.StartsWith("Rss", StringComparison.Ordinal))
                .Select(l => l.Split(':', StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => long.Parse(p[1].TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024);
            return $"anon {rss.GetValueOrDefault("RssAnon")}, file {rss.GetValueOrDefault("RssFile")}, shmem {rss.GetValueOrDefault("RssShmem")} MiB";
        }
        catch (IOException)
        {
            return "gone";
        }
    }

    /// <summary>The median resident memory over the last <paramref name="window"/> (a steady level, not one sample).</summary>
    public long SteadyBytes(TimeSpan window)
    {
        var from = Now - window;
        lock (_sync)
        {
            var values = _memory.Where(m => m.At >= from).Select(m => m.Bytes).Order().ToArray();
            return values.Length == 0 ? ResidentBytes() : values[values.Length / 2];
        }
    }

    /// <summary>Peak memory and health-check latencies between two instants of the run.</summary>
    public PhaseFigures Between(TimeSpan from, TimeSpan to)
    {
        lock (_sync)
        {
            var memory = _memory.Where(m => m.At >= from && m.At <= to).Select(m => m.Bytes).DefaultIfEmpty(0).Max();
            var latencies = _latency.Where(l => l.At >= from && l.At <= to).ToArray();
            var sorted = latencies.Select(l => l.Milliseconds).Order().ToArray();
            double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
            return new PhaseFigures(memory, P(0.5), P(0.99), sorted.LastOrDefault(), sorted.Length, latencies.Count(l => !l.Ok));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _memoryThread.Join();
        _healthThread.Join();
        _health.Dispose();
        _stop.Dispose();
    }

    private void SampleMemory()
    {
        while (!_stop.IsCancellationRequested)
        {
            var bytes = ReadRss(_processId);
            if (bytes > 0)
            {
                lock (_sync)
                    _memory.Add((Now, bytes));
            }

            _stop.Token.WaitHandle.WaitOne(100);
        }
    }

    private void SampleHealth()
    {
        while (!_stop.IsCancellationRequested)
        {
            var started = Now;
            var ok = false;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
                using var response = _health.Send(request, _stop.Token);
                ok = response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                if (_stop.IsCancellationRequested)
                    return;
            }

            var took = Now - started;
            lock (_sync)
                _latency.Add((started, took.TotalMilliseconds, ok));
            var rest = TimeSpan.FromMilliseconds(50) - took;
            if (rest > TimeSpan.Zero)
                _stop.Token.WaitHandle.WaitOne(rest);
        }
    }

    private static long ReadRss(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // The process is gone.
        }

        return 0;
    }
}
