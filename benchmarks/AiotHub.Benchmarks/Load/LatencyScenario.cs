using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>Publish → deliver latency of QoS 0 messages at a steady 1,000 msg/s, one publisher and one subscriber.</summary>
internal sealed class LatencyScenario : LoadScenario
{
    private const int RatePerSecond = 1_000;

    public override string Name => "Latency at 1,000 msg/s";

    public override string Target => "p50, p99 ≤ 1.5× Mosquitto's";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var samples = new double[(int)(duration.TotalSeconds * RatePerSecond * 2) + 1_000];
        var sampleCount = 0;
        var recording = false;
        await using var subscriber = await LoadConnection.ConnectAsync(broker.EndPoint, "latency-sub", cancellationToken);
        await subscriber.SubscribeAsync("latency/probe", 0, cancellationToken);
        var receive = subscriber.ReceiveLoopAsync(
            (header, body) =>
            {
                if (header >> 4 != 3 || !Volatile.Read(ref recording))
                {
                    return;
                }

                var topicLength = LoadConnection.ReadUInt16(body, 0);
                var sent = BinaryPrimitives.ReadInt64LittleEndian(body[(2 + topicLength)..]);
                if (sampleCount < samples.Length)
                {
                    samples[sampleCount++] = Stopwatch.GetElapsedTime(sent).TotalMicroseconds;
                }
            },
            null,
            stop.Token);

        await using var publisher = await LoadConnection.ConnectAsync(broker.EndPoint, "latency-pub", cancellationToken);
        var topic = Encoding.UTF8.GetBytes("latency/probe");
        var packet = new byte[LoadPackets.PublishSize(topic.Length, 16, 0)];
        var payload = new byte[16];

        async Task SendForAsync(TimeSpan span)
        {
            var start = Stopwatch.GetTimestamp();
            for (long i = 0; ; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / RatePerSecond);
                var now = Stopwatch.GetElapsedTime(start);
                if (now >= span)
                {
                    return;
                }

                if (due > now)
                {
                    await Task.Delay(due - now, cancellationToken);
                }

                BinaryPrimitives.WriteInt64LittleEndian(payload, Stopwatch.GetTimestamp());
                LoadPackets.WritePublish(packet, topic, payload, 0, 0);
                await publisher.SendAsync(packet, cancellationToken);
            }
        }

        await SendForAsync(TimeSpan.FromSeconds(2));
        Volatile.Write(ref recording, true);
        await SendForAsync(duration);
        await Task.Delay(500, cancellationToken);
        Volatile.Write(ref recording, false);
        await stop.CancelAsync();
        await receive;

        var sorted = samples.AsSpan(0, sampleCount).ToArray();
        Array.Sort(sorted);
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        var detail = $"{sorted.Length} samples";
        return
        [
            new Measurement("p50", Percentile(0.50), "µs", HigherIsBetter: false, detail),
            new Measurement("p99", Percentile(0.99), "µs", HigherIsBetter: false, detail),
        ];
    }
}
