using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// MQTT 5.0 §4.13.2: after sending DISCONNECT the sender MUST NOT send any more MQTT Control Packets
/// and MUST close the connection. A subscriber receiving a steady stream is the hard case: its
/// writer is busy draining the session queue at the moment the broker decides to end it.
/// </summary>
public sealed class DisconnectIsLastPacketTests
{
    private const int Rounds = 40;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public enum Cause
    {
        Takeover,
        MalformedPacket,
        KeepAliveTimeout,
    }

    [Theory]
    [InlineData(Cause.Takeover, MqttReasonCode.SessionTakenOver)]
    [InlineData(Cause.MalformedPacket, MqttReasonCode.MalformedPacket)]
    [InlineData(Cause.KeepAliveTimeout, MqttReasonCode.KeepAliveTimeout)]
    public async Task NothingFollowsTheDisconnectSentToASubscriberReceivingAStream(Cause cause, MqttReasonCode expected)
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, o =>
        {
            o.TimeProvider = clock;
            o.MaximumTakeovers = 0; // each round takes "stream" over once, within one (manual) minute
        }, Token);
        for (var round = 0; round < Rounds; round++)
        {
            var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
                new MqttConnectPacket { ClientId = "stream", KeepAliveSeconds = 10 }, Token);
            await using var _ = subscriber;
            await subscriber.SubscribeAsync("stream", MqttQualityOfService.AtMostOnce, Token);

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
            var pump = PumpAsync(broker, stop.Token);
            for (var i = 0; i < 20; i++)
            {
                await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            }

            RawMqttClient? successor = null;
            switch (cause)
            {
                case Cause.Takeover:
                    successor = await RawMqttClient.ConnectAsync(broker.EndPoint, "stream", cancellationToken: Token);
                    break;
                case Cause.MalformedPacket:
                    // PUBLISH whose topic length (0x00FF) runs past the remaining length (3).
                    await subscriber.SendRawAsync(new byte[] { 0x30, 3, 0x00, 0xFF, (byte)'t' }, Token);
                    break;
                case Cause.KeepAliveTimeout:
                    for (var s = 0; s < 20; s++)
                    {
                        clock.Advance(TimeSpan.FromSeconds(1));
                    }

                    break;
            }

            List<MqttPacket> packets;
            try
            {
                packets = await subscriber.WaitForCloseAsync(null, Token);
            }
            finally
            {
                await stop.CancelAsync();
                await pump;
                if (successor is not null)
                {
                    await successor.DisposeAsync();
                }
            }

            var disconnects = packets.Select((p, i) => (p, i)).Where(x => x.p is MqttDisconnectPacket).ToList();
            var (disconnect, index) = Assert.Single(disconnects);
            Assert.Equal(expected, ((MqttDisconnectPacket)disconnect).ReasonCode);
            Assert.True(index == packets.Count - 1,
                $"round {round}: {packets.Count - 1 - index} packet(s) ({string.Join(", ", packets.Skip(index + 1).Select(p => p.Type).Distinct())}) followed the DISCONNECT");
        }

        await broker.AssertStillServingAsync(Token);
    }

    private static Task PumpAsync(AbusedBroker broker, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        var payload = new byte[200];
        while (!cancellationToken.IsCancellationRequested)
        {
            for (var i = 0; i < 64; i++)
            {
                await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "stream", Payload = payload }, CancellationToken.None);
            }

            await Task.Yield();
        }
    }, CancellationToken.None);
}
