using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>1 publisher → 1,000 QoS 0 subscribers of one topic, closed loop (each subscriber at most 200 messages behind on average).</summary>
internal sealed class FanOutScenario : LoadScenario
{
    private const int Subscribers = 1_000;
    private const int Batch = 10;

    public override string Name => "Fan-out (1 → 1,000, QoS 0)";

    public override string Target => "≥ 1.0×";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new CreditGate(window: 200, receiversPerMessage: Subscribers);
        var subscribers = await ConnectManyAsync(broker, Subscribers, "fanout-sub", 50, cancellationToken);
        await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = 50, CancellationToken = cancellationToken },
            async (s, ct) => await s.SubscribeAsync("fan/out", 0, ct));
        var receives = subscribers.Select(s =>
        {
            long count = 0;
            return s.ReceiveLoopAsync(
                (header, _) => { if (header >> 4 == 3) count++; },
                () => { gate.OnReceived(count); count = 0; return ValueTask.CompletedTask; },
                stop.Token);
        }).ToArray();

        await using var publisher = await LoadConnection.ConnectAsync(broker.EndPoint, "fanout-pub", cancellationToken);
        var topic = Encoding.UTF8.GetBytes("fan/out");
        var size = LoadPackets.PublishSize(topic.Length, 16, 0);
        var batch = new byte[size * Batch];
        for (var i = 0; i < Batch; i++)
        {
            LoadPackets.WritePublish(batch.AsSpan(i * size), topic, new byte[16], 0, 0);
        }

        var send = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await gate.WaitForCreditAsync(Batch, stop.Token);
                    await publisher.SendAsync(batch, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, cancellationToken);

        var (rate, cores) = await MeasureRateAsync(broker, () => gate.Received, duration, cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(receives.Append(send));
        await DisposeAllAsync(subscribers);
        return [new Measurement("deliveries", rate, "msg/s", HigherIsBetter: true, $"broker CPU {cores:F2} cores")];
    }
}
