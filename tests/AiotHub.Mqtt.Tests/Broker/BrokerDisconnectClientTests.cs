using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Persistence;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary><see cref="MqttBroker.DisconnectClientAsync"/>: ending a client from outside, as when its credentials are revoked.</summary>
public sealed class BrokerDisconnectClientTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A50ClientGetsDisconnectWithTheReasonNoWillIsPublishedAndItsSessionStays()
    {
        await using var broker = await PersistentTestBroker.StartAsync(_directory.Path);
        await using var watcher = await BrokerDurationTests.WatchAsync(broker.TestBroker, "wills/#");
        var device = await ConnectDeviceAsync(broker, MqttProtocolVersion.V500);

        Assert.True(await broker.Broker.DisconnectClientAsync("device", MqttReasonCode.AdministrativeAction, endSession: false, Token));

        var packets = await device.WaitForCloseAsync(null, Token);
        await device.DisposeAsync();
        Assert.Equal(MqttReasonCode.AdministrativeAction, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "The will was published.");
        await broker.Store.FlushAsync();
        Assert.Contains("device", broker.Store.LoadState().Sessions.Keys);

        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "device/set", Payload = "on"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "device", CleanSession = false, SessionExpiryInterval = 3600 }, Token);
        await using var _ = back;
        Assert.True(connAck.SessionPresent);
        Assert.Equal("on", BrokerDurationTests.Text(await back.ReceiveAsync<MqttPublishPacket>(Token)));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task EndingTheSessionTooRemovesItsSubscriptionsAndItsStoreRecord(MqttProtocolVersion version)
    {
        await using var broker = await PersistentTestBroker.StartAsync(_directory.Path);
        await using var watcher = await BrokerDurationTests.WatchAsync(broker.TestBroker, "wills/#");
        var device = await ConnectDeviceAsync(broker, version);

        Assert.True(await broker.Broker.DisconnectClientAsync("device", MqttReasonCode.NotAuthorized, endSession: true, Token));

        var packets = await device.WaitForCloseAsync(null, Token);
        await device.DisposeAsync();
        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttReasonCode.NotAuthorized, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        }
        else
        {
            Assert.Empty(packets); // 3.1.1 has no DISCONNECT from the server: the connection just closes.
        }

        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "The will was published.");
        await broker.Store.FlushAsync();
        Assert.DoesNotContain("device", broker.Store.LoadState().Sessions.Keys);
        Assert.Equal(1, broker.Broker.SessionCount); // the watcher's
        Assert.Equal(1, broker.Broker.SubscriptionCount);

        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "device", CleanSession = false, SessionExpiryInterval = version == MqttProtocolVersion.V500 ? 3600u : null }, Token);
        await using var _ = back;
        Assert.False(connAck.SessionPresent);
    }

    [Fact]
    public async Task EndingAnAbsentClientsSessionDropsItsDelayedWill()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await BrokerDurationTests.WatchAsync(broker, "wills/#");
        var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "device",
            SessionExpiryInterval = 3600,
            Will = new MqttWillMessage { Topic = "wills/device", Payload = "gone"u8.ToArray(), WillDelayInterval = 60 },
        }, Token);
        await BrokerDurationTests.DropAsync(broker, device);

        Assert.True(await broker.Broker.DisconnectClientAsync("device", MqttReasonCode.AdministrativeAction, endSession: true, Token));
        clock.Advance(TimeSpan.FromSeconds(3600));
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "The will was published.");
        Assert.Equal(1, broker.Broker.SessionCount);
    }

    [Fact]
    public async Task AnUnknownClientIdIsReportedAndNothingChanges()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var other = await RawMqttClient.ConnectAsync(broker.EndPoint, "other", cancellationToken: Token);

        Assert.False(await broker.Broker.DisconnectClientAsync("nobody", MqttReasonCode.AdministrativeAction, endSession: true, Token));
        await BrokerDurationTests.AssertServesAsync(broker, other);
    }

    [Theory]
    [InlineData(MqttReasonCode.DisconnectWithWillMessage)]
    [InlineData(MqttReasonCode.GrantedQoS1)]
    [InlineData(MqttReasonCode.NoMatchingSubscribers)]
    public async Task AReasonCodeAServerMayNotSendInDisconnectIsRefused(MqttReasonCode reasonCode)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "device", cancellationToken: Token);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => broker.Broker.DisconnectClientAsync("device", reasonCode, endSession: true, Token));
        await BrokerDurationTests.AssertServesAsync(broker, device);
    }

    private static async Task<RawMqttClient> ConnectDeviceAsync(PersistentTestBroker broker, MqttProtocolVersion version)
    {
        var (device, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ProtocolVersion = version,
            ClientId = "device",
            CleanSession = false,
            SessionExpiryInterval = version == MqttProtocolVersion.V500 ? 3600u : null,
            Will = new MqttWillMessage { Topic = "wills/device", Payload = "gone"u8.ToArray() },
        }, Token);
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        await device.SubscribeAsync("device/set", MqttQualityOfService.AtLeastOnce, Token);
        await broker.Store.FlushAsync();
        Assert.Contains("device", broker.Store.LoadState().Sessions.Keys);
        return device;
    }
}
