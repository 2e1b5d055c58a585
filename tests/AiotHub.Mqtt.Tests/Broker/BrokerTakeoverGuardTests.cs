using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// The takeover guard (MqttBrokerOptions.MaximumTakeovers): a client id taken over too often within a window is
/// refused further takeovers for a cool-down, and the connection holding the session keeps it.
/// </summary>
public sealed class BrokerTakeoverGuardTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.ServerUnavailable)]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.ConnectionRateExceeded)]
    public async Task AClientIdTakenOverTooOftenIsRefusedFurtherTakeoversUntilTheCooldownEnds(MqttProtocolVersion version, MqttReasonCode refusal)
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.MaximumTakeovers = 3;
            o.TakeoverWindow = TimeSpan.FromSeconds(60);
            o.TakeoverCooldown = TimeSpan.FromSeconds(120);
        });
        var holder = await ConnectAsync(broker, version);
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            var next = await ConnectAsync(broker, version);
            await holder.WaitForCloseAsync(null, Token);
            await holder.DisposeAsync();
            holder = next;
        }

        await using var _ = holder;
        Assert.Equal(refusal, await RefusedAsync(broker, version));
        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(refusal, await RefusedAsync(broker, version));
        Assert.Contains(broker.LogEntries, e => e.Message.Contains("further takeovers are refused", StringComparison.Ordinal));

        // The holder kept the session throughout and is served.
        await BrokerDurationTests.AssertServesAsync(broker, holder);

        clock.Advance(TimeSpan.FromSeconds(1));
        await using var after = await ConnectAsync(broker, version);
        await holder.WaitForCloseAsync(null, Token);
    }

    [Fact]
    public async Task TakeoversSpreadWiderThanTheWindowAreNeverRefused()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.MaximumTakeovers = 3;
            o.TakeoverWindow = TimeSpan.FromSeconds(60);
        });
        var holder = await ConnectAsync(broker, MqttProtocolVersion.V500);
        for (var i = 0; i < 12; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(21));
            var next = await ConnectAsync(broker, MqttProtocolVersion.V500);
            await holder.DisposeAsync();
            holder = next;
        }

        await holder.DisposeAsync();
    }

    [Fact]
    public async Task WithTheDefaultsADeviceTakingItsSessionOverEveryTenSecondsIsNeverRefused()
    {
        // A device on a flaky link reconnects before the broker noticed its old connection die: each reconnect is a
        // takeover of its own session. Every ten seconds, for five minutes, is far worse than a real device does.
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        var holder = await ConnectAsync(broker, MqttProtocolVersion.V500, persistent: true);
        for (var i = 0; i < 30; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            var next = await ConnectAsync(broker, MqttProtocolVersion.V500, persistent: true);
            await holder.DisposeAsync();
            holder = next;
        }

        await holder.DisposeAsync();
    }

    [Fact]
    public async Task ReconnectingAfterADisconnectIsNoTakeoverAndIsNeverRefused()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.MaximumTakeovers = 1;
        });
        for (var i = 0; i < 20; i++)
        {
            var client = await ConnectAsync(broker, MqttProtocolVersion.V500);
            await client.SendAsync(new MqttDisconnectPacket(), Token);
            await client.WaitForCloseAsync(null, Token);
            await client.DisposeAsync();
            await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the client is gone");
        }
    }

    [Fact]
    public async Task ZeroTurnsTheGuardOff()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumTakeovers = 0);
        var holder = await ConnectAsync(broker, MqttProtocolVersion.V500);
        for (var i = 0; i < 30; i++)
        {
            var next = await ConnectAsync(broker, MqttProtocolVersion.V500);
            await holder.DisposeAsync();
            holder = next;
        }

        await holder.DisposeAsync();
    }

    private static async Task<RawMqttClient> ConnectAsync(TestBroker broker, MqttProtocolVersion version, bool persistent = false)
    {
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, Connect(version, persistent), Token);
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        return client;
    }

    private static async Task<MqttReasonCode> RefusedAsync(TestBroker broker, MqttProtocolVersion version)
    {
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, Connect(version, persistent: false), Token);
        await using var _ = client;
        await client.WaitForCloseAsync(null, Token);
        return connAck.ReasonCode;
    }

    private static MqttConnectPacket Connect(MqttProtocolVersion version, bool persistent) => new()
    {
        ProtocolVersion = version,
        ClientId = "lamp-1",
        CleanSession = !persistent,
        SessionExpiryInterval = persistent && version == MqttProtocolVersion.V500 ? 3600u : null,
    };
}
