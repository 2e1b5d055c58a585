namespace AiotHub.Benchmarks.Load;

/// <summary>4 publishers → 1 subscriber on bench/#, QoS 0, 16-byte payloads, closed loop (window 2,000 messages).</summary>
internal sealed class FanInQos0Scenario : LoadScenario
{
    private const int Publishers = 4;
    private const int Batch = 50;

    public override string Name => "QoS 0 fan-in (4 → 1, 16 B)";

    public override string Target => "≥ 1.5×";

    public override string PinnedTarget => "≥ 1.0×";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new CreditGate(window: 2_000, receiversPerMessage: 1);
        await using var subscriber = await LoadConnection.ConnectAsync(broker.EndPoint, "fanin0-sub", cancellationToken);
        await subscriber.SubscribeAsync("bench/#", 0, cancellationToken);
        long batchCount = 0;
        var receive = subscriber.ReceiveLoopAsync(
            (header, _) => { if (header >> 4 == 3) batchCount++; },
            () => { gate.OnReceived(batchCount); batchCount = 0; return ValueTask.CompletedTask; },
            stop.Token);

        var publishers = await ConnectManyAsync(broker, Publishers, "fanin0-pub", Publishers, cancellationToken);
        var sends = publishers.Select((p, i) => PublishLoopAsync(p, $"bench/{i}", gate, stop.Token)).ToArray();
        var (rate, cores) = await MeasureRateAsync(broker, () => gate.Received, duration, cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(sends.Append(receive));
        await DisposeAllAsync(publishers);
        return [new Measurement("delivered", rate, "msg/s", HigherIsBetter: true, $"broker CPU {cores:F2} cores")];
    }

    private static async Task PublishLoopAsync(LoadConnection publisher, string topic, CreditGate gate, CancellationToken cancellationToken)
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
                await gate.WaitForCreditAsync(Batch, cancellationToken);
                await publisher.SendAsync(batch, cancellationToken);
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
