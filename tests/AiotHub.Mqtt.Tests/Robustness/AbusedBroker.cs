using System.Collections.Concurrent;
using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// An in-process broker with a canary connected before the abuse and a log sink that keeps every
/// error: an exception escaping a connection's loops is logged at Error level, so "no errors" means
/// nothing threw out of them. <see cref="AssertStillServingAsync"/> is the common verdict.
/// </summary>
internal sealed class AbusedBroker : IAsyncDisposable
{
    private readonly ConcurrentQueue<MqttBrokerLogEntry> _errors;

    private AbusedBroker(TestBroker broker, Canary canary, ConcurrentQueue<MqttBrokerLogEntry> errors)
    {
        Test = broker;
        Canary = canary;
        _errors = errors;
    }

    public TestBroker Test { get; }

    public MqttBroker Broker => Test.Broker;

    public IPEndPoint EndPoint => Test.EndPoint;

    public Canary Canary { get; }

    /// <summary>Connections open before the abuse: the canary's.</summary>
    public static long BaselineConnections => 1;

    public static async Task<AbusedBroker> StartAsync(MqttProtocolVersion canaryVersion, Action<MqttBrokerOptions>? configure,
        CancellationToken cancellationToken)
    {
        var errors = new ConcurrentQueue<MqttBrokerLogEntry>();
        var broker = await TestBroker.StartAsync(o =>
        {
            configure?.Invoke(o);
            o.Log = entry =>
            {
                if (entry.Level >= MqttBrokerLogLevel.Error)
                {
                    errors.Enqueue(entry);
                }
            };
        });
        try
        {
            var canary = await Canary.ConnectAsync(broker.EndPoint, canaryVersion, cancellationToken);
            return new AbusedBroker(broker, canary, errors);
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The abuse left no trace: every abusive connection is gone, nothing was logged as an error,
    /// the canary still round-trips and a new client can connect.
    /// </summary>
    public async Task AssertStillServingAsync(CancellationToken cancellationToken)
    {
        await TestBroker.WaitUntilAsync(() => Broker.Counters.CurrentConnections == BaselineConnections,
            $"the connection count returns to {BaselineConnections} (is {Broker.Counters.CurrentConnections})");
        AssertNoErrors();
        await Canary.AssertRoundTripAsync(cancellationToken);
        await using (var newcomer = await RawMqttClient.ConnectAsync(EndPoint, "newcomer-" + Guid.NewGuid().ToString("N"),
                         cancellationToken: cancellationToken))
        {
            await newcomer.SendAsync(Packets.MqttPingReqPacket.Instance, cancellationToken);
            await newcomer.ReceiveAsync<Packets.MqttPingRespPacket>(cancellationToken);
            await newcomer.SendAsync(new Packets.MqttDisconnectPacket(), cancellationToken);
            await newcomer.WaitForCloseAsync(null, cancellationToken);
        }

        // The session of a connection is gone before the connection is counted as closed.
        await TestBroker.WaitUntilAsync(() => Broker.Counters.CurrentConnections == BaselineConnections, "the newcomer is gone");

        AssertNoErrors();
    }

    public void AssertNoErrors()
    {
        var errors = _errors.ToArray();
        Assert.True(errors.Length == 0,
            "broker errors: " + string.Join("; ", errors.Select(e => $"{e.Message} {e.Exception}")));
    }

    public async ValueTask DisposeAsync()
    {
        await Canary.DisposeAsync();
        await Test.DisposeAsync();
    }
}
