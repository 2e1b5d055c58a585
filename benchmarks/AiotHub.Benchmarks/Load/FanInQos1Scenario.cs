using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>100 publishers with 10 QoS 1 messages in flight each → 1 QoS 1 subscriber on bench/#.</summary>
internal sealed class FanInQos1Scenario : LoadScenario
{
    private const int Publishers = 100;
    private const int InFlight = 10;

    public override string Name => "QoS 1 fan-in (100 × 10 in flight → 1)";

    public override string Target => "≥ 1.5×";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // With persistence, a persistent session: its deliveries are what a durable broker stores.
        await using var subscriber = await LoadConnection.ConnectAsync(broker.EndPoint, "fanin1-sub", cancellationToken, cleanSession: !broker.Persistence);
        await subscriber.SubscribeAsync("bench/#", 1, cancellationToken);
        var pendingAcks = new List<ushort>(1024);
        var ackBuffer = new byte[64 * 1024];
        long delivered = 0;
        var receive = subscriber.ReceiveLoopAsync(
            (header, body) =>
            {
                if (header >> 4 != 3)
                {
                    return;
                }

                Interlocked.Increment(ref delivered);
                if (((header >> 1) & 3) > 0)
                {
                    var topicLength = LoadConnection.ReadUInt16(body, 0);
                    pendingAcks.Add(LoadConnection.ReadUInt16(body, 2 + topicLength));
                }
            },
            async () =>
            {
                for (var i = 0; i < pendingAcks.Count; i += ackBuffer.Length / 4)
                {
                    var n = Math.Min(ackBuffer.Length / 4, pendingAcks.Count - i);
                    for (var j = 0; j < n; j++)
                    {
                        LoadPackets.WritePubAck(ackBuffer.AsSpan(j * 4), pendingAcks[i + j]);
                    }

                    await subscriber.SendAsync(ackBuffer.AsMemory(0, n * 4), stop.Token);
                }

                pendingAcks.Clear();
            },
            stop.Token);

        var publishers = await ConnectManyAsync(broker, Publishers, "fanin1-pub", 20, cancellationToken);
        long acknowledged = 0;
        var loops = publishers.Select((p, i) => PublisherAsync(p, $"bench/{i}", () => Interlocked.Increment(ref acknowledged), stop.Token)).ToArray();
        var (rate, cores) = await MeasureRateAsync(broker, () => Interlocked.Read(ref acknowledged), duration, cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(loops.Append(receive));
        await DisposeAllAsync(publishers);
        return [new Measurement("acknowledged publishes", rate, "msg/s", HigherIsBetter: true, $"broker CPU {cores:F2} cores")];
    }

    private static async Task PublisherAsync(LoadConnection publisher, string topic, Action onAck, CancellationToken cancellationToken)
    {
        var topicBytes = Encoding.UTF8.GetBytes(topic);
        var payload = new byte[16];
        var size = LoadPackets.PublishSize(topicBytes.Length, payload.Length, 1);
        var buffer = new byte[size * InFlight];
        ushort nextId = 0;

        int Fill(int count)
        {
            for (var i = 0; i < count; i++)
            {
                nextId = nextId == ushort.MaxValue ? (ushort)1 : (ushort)(nextId + 1);
                LoadPackets.WritePublish(buffer.AsSpan(i * size), topicBytes, payload, 1, nextId);
            }

            return count * size;
        }

        var acked = 0;
        try
        {
            await publisher.SendAsync(buffer.AsMemory(0, Fill(InFlight)), cancellationToken);
            await publisher.ReceiveLoopAsync(
                (header, _) =>
                {
                    if (header >> 4 == 4)
                    {
                        acked++;
                        onAck();
                    }
                },
                async () =>
                {
                    // Refill the window with as many new messages as were acknowledged.
                    if (acked > 0)
                    {
                        var n = acked;
                        acked = 0;
                        await publisher.SendAsync(buffer.AsMemory(0, Fill(n)), cancellationToken);
                    }
                },
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        catch (System.Net.Sockets.SocketException)
        {
        }
    }
}
