using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// After a restart every device of a home reconnects at once: on a freshly started broker, the hub's own subscriber
/// (on devices/+/state) is connected first, then N devices connect together (1,000 at a time in flight), each
/// subscribing to its command topic and publishing one QoS 0 state report. Measured: the time until every device is
/// online (CONNACK and SUBACK received), until the hub has received every report, and the delivery latency of a probe
/// message published every 5 ms to the hub during the storm (the hub's own link must keep working).
/// </summary>
internal sealed class ReconnectStormScenario(int devices) : LoadScenario
{
    private const int Parallelism = 1_000;

    public override string Key => "ReconnectStorm";

    public override string Name => $"Reconnect storm ({devices:N0} devices, 1 subscription and 1 report each)";

    public override string Target => "informative (issue 13: all online; the hub's link keeps working)";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var hub = await LoadConnection.ConnectAsync(broker.EndPoint, "hub", cancellationToken);
        await hub.SubscribeAsync("devices/+/state", 0, cancellationToken);
        await hub.SubscribeAsync("probe", 0, cancellationToken);
        long reports = 0;
        var samples = new List<double>();
        var receive = Task.Run(() => hub.ReceiveLoopAsync((header, body) =>
        {
            if (header >> 4 != 3)
            {
                return;
            }

            var topicLength = BinaryPrimitives.ReadUInt16BigEndian(body);
            if (topicLength == 5)
            {
                var sent = BinaryPrimitives.ReadInt64BigEndian(body[7..]);
                lock (samples)
                {
                    samples.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
            }
            else
            {
                Interlocked.Increment(ref reports);
            }
        }, null, stop.Token), cancellationToken);

        await using var probe = await LoadConnection.ConnectAsync(broker.EndPoint, "probe", cancellationToken);
        var probing = Task.Run(() => ProbeAsync(probe, stop.Token), cancellationToken);

        var connections = new LoadConnection[devices];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, devices, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var device = connections[i] = await LoadConnection.ConnectAsync(broker.EndPoint, $"device-{i}", ct);
                await device.SubscribeAsync($"devices/{i}/set", 0, ct);
                var topic = Encoding.UTF8.GetBytes($"devices/{i}/state");
                var report = new byte[LoadPackets.PublishSize(topic.Length, 6, 0)];
                LoadPackets.WritePublish(report, topic, "online"u8, 0, 0);
                await device.SendAsync(report, ct);
            });
        var allOnline = Stopwatch.GetElapsedTime(started);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
        while (Interlocked.Read(ref reports) < devices && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10, cancellationToken);
        }

        var allReported = Stopwatch.GetElapsedTime(started);
        var received = Interlocked.Read(ref reports);
        await stop.CancelAsync();
        await Task.WhenAll(receive, probing);
        await DisposeAllAsync(connections.Where(c => c is not null));

        double[] sorted;
        lock (samples)
        {
            sorted = [.. samples.Order()];
        }

        var p99 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))];
        var worst = sorted.Length == 0 ? 0 : sorted[^1];
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{received:N0} of {devices:N0} reports received; {sorted.Length} probes, p50 {(sorted.Length == 0 ? 0 : sorted[sorted.Length / 2]):F2} ms, worst {worst:F1} ms");
        return
        [
            new Measurement("all online", allOnline.TotalSeconds, "s", HigherIsBetter: false, detail),
            new Measurement("hub received every report", allReported.TotalSeconds, "s", HigherIsBetter: false, detail),
            new Measurement("probe p99 during the storm", p99, "ms", HigherIsBetter: false, detail),
        ];
    }

    private static async Task ProbeAsync(LoadConnection probe, CancellationToken cancellationToken)
    {
        var topic = "probe"u8.ToArray();
        var packet = new byte[LoadPackets.PublishSize(topic.Length, 8, 0)];
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var payload = new byte[8];
                BinaryPrimitives.WriteInt64BigEndian(payload, Stopwatch.GetTimestamp());
                LoadPackets.WritePublish(packet, topic, payload, 0, 0);
                await probe.SendAsync(packet, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
