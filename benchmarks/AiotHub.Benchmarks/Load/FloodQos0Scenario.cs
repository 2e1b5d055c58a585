using System.Globalization;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// N publishers flood QoS 0 into one subscriber on bench/#, open loop (each sends as fast as the
/// broker reads its socket), 16-byte payloads. The subscriber's deliveries are counted in 1-s
/// windows; the figures are the median and the worst window. Unlike <see cref="FanInQos0Scenario"/>
/// nothing paces the publishers: this is the overload a home sees when every device reconnects
/// and reports at once, and what it measures is whether the subscriber still gets served.
/// </summary>
internal sealed class FloodQos0Scenario(int publishers) : LoadScenario
{
    private const int Batch = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public override string Key => $"FloodQos0-{publishers}";

    public override string Name => $"QoS 0 flood ({publishers} → 1, 16 B, open loop)";

    public override string Target => "worst window ≥ 50 % of median and ≥ Mosquitto's median";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var subscriber = await LoadConnection.ConnectAsync(broker.EndPoint, "flood-sub", cancellationToken);
        await subscriber.SubscribeAsync("bench/#", 0, cancellationToken);
        long received = 0;
        var receive = Task.Run(() => subscriber.ReceiveLoopAsync(
            (header, _) => { if (header >> 4 == 3) Interlocked.Increment(ref received); }, null, stop.Token), cancellationToken);

        var connections = await ConnectManyAsync(broker, publishers, "flood-pub", Math.Min(publishers, 16), cancellationToken);
        long sent = 0;
        var sends = connections.Select((p, i) => Task.Run(() => PublishLoopAsync(p, $"bench/{i}", () => Interlocked.Add(ref sent, Batch), stop.Token),
            cancellationToken)).ToArray();

        // Windows start after a short warm-up; the broker was started fresh for this scenario.
        await Task.Delay(WarmUp, cancellationToken);
        var windows = new List<double>();
        var cpu0 = broker.CpuTime();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref received);
        var lastTime = started;
        var sent0 = Interlocked.Read(ref sent);
        using (var timer = new PeriodicTimer(Window))
        {
            while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < duration - TimeSpan.FromMilliseconds(100) &&
                   await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = System.Diagnostics.Stopwatch.GetTimestamp();
                var count = Interlocked.Read(ref received);
                windows.Add((count - last) / System.Diagnostics.Stopwatch.GetElapsedTime(lastTime, now).TotalSeconds);
                last = count;
                lastTime = now;
            }
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var cores = (broker.CpuTime() - cpu0) / elapsed;
        var offered = (Interlocked.Read(ref sent) - sent0) / elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(sends.Append(receive));
        await DisposeAllAsync(connections);

        var sorted = windows.Order().ToArray();
        var median = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        var worst = sorted.Length == 0 ? 0 : sorted[0];
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"windows {string.Join(" ", windows.Select(w => (w / 1000).ToString("F0", CultureInfo.InvariantCulture) + "k"))}; " +
            $"publishers wrote {offered / 1000:F0}k msg/s (TCP holds them back while the broker does not read); broker CPU {cores:F2} cores");
        return
        [
            new Measurement("median 1-s window", median, "msg/s", HigherIsBetter: true, detail),
            new Measurement("worst 1-s window", worst, "msg/s", HigherIsBetter: true, detail),
            new Measurement("worst ÷ median", median == 0 ? 0 : 100 * worst / median, "%", HigherIsBetter: true, detail),
        ];
    }

    private static async Task PublishLoopAsync(LoadConnection publisher, string topic, Action onBatch, CancellationToken cancellationToken)
    {
        var topicBytes = System.Text.Encoding.UTF8.GetBytes(topic);
        var payload = new byte[16];
        var size = LoadPackets.PublishSize(topicBytes.Length, payload.Length, 0);
        var batch = new byte[size * Batch];
        for (var i = 0; i < Batch; i++)
        {
            LoadPackets.WritePublish(batch.AsSpan(i * size), topicBytes, payload, 0, 0);
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await publisher.SendAsync(batch, cancellationToken);
                onBatch();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (System.Net.Sockets.SocketException)
        {
        }
    }
}
