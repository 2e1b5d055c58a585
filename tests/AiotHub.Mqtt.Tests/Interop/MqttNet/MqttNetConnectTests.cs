using AiotHub.Mqtt.Tests.Infrastructure;
using MQTTnet;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>CONNECT and CONNACK as MQTTnet 5.2 reads them, from our broker and from mosquitto in the same run.</summary>
public sealed class MqttNetConnectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task AnMqtt311ClientConnectsWithANewSessionAndNoProperties(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);

        await using var peer = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V311, "mqttnet-311", Ct);

        var connack = peer.ConnectResult!;
        Assert.False(connack.IsSessionPresent);
        // 3.1.1's CONNACK has no properties: MQTTnet reports none, whatever the broker's limits.
        Assert.Null(connack.ReceiveMaximum);
        Assert.Null(connack.MaximumPacketSize);
        Assert.Equal(0, connack.TopicAliasMaximum);
        Assert.Null(connack.AssignedClientIdentifier);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, 100, 32, 1024 * 1024)]
    [InlineData(InteropBrokerKind.Mosquitto, 20, 10, 0)]
    public async Task AnMqtt5ClientReadsTheBrokersLimitsFromConnAck(InteropBrokerKind kind, int receiveMaximum, int topicAliasMaximum, int maximumPacketSize)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);

        await using var peer = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-5", Ct);

        // Ours: MqttBrokerOptions' defaults. Mosquitto 2.0.11: max_inflight_messages 20, max_topic_alias 10, and no
        // Maximum Packet Size property unless message_size_limit is set (§3.2.2.3.6: absent means no limit), which
        // MQTTnet reports as 0.
        var connack = peer.ConnectResult!;
        Assert.Equal(
            (false, (ushort?)receiveMaximum, (ushort)topicAliasMaximum, (uint?)(uint)maximumPacketSize),
            (connack.IsSessionPresent, connack.ReceiveMaximum, connack.TopicAliasMaximum, connack.MaximumPacketSize));
        Assert.True(connack.RetainAvailable);
        Assert.True(connack.WildcardSubscriptionAvailable);
        Assert.True(connack.SharedSubscriptionAvailable);
        Assert.True(connack.SubscriptionIdentifiersAvailable);
        Assert.Equal(MQTTnet.Protocol.MqttQualityOfServiceLevel.ExactlyOnce, connack.MaximumQoS);
        Assert.Null(connack.AssignedClientIdentifier);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task AnMqtt5ClientWithoutAnIdIsAssignedOneAndKeepsItsSessionUnderIt(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        // MQTTnet refuses to send an empty id with Clean Start 0 (3.1.1's [MQTT-3.1.3-7], which 5.0 dropped);
        // Clean Start 1 with an expiry still leaves a session behind.
        await using var anonymous = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, string.Empty, Ct,
            o => o.WithCleanStart(true).WithSessionExpiryInterval(300));

        // §3.2.2.3.7: the server must return the identifier it assigned.
        var assigned = anonymous.ConnectResult!.AssignedClientIdentifier;
        Assert.False(string.IsNullOrEmpty(assigned), anonymous.Describe());
        Assert.Equal(MQTTnet.MqttClientSubscribeResultCode.GrantedQoS1, Assert.Single((await anonymous.SubscribeAsync("assigned/#", 1, Ct)).Items).ResultCode);
        await anonymous.DisconnectAsync(Ct);

        await using var back = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, assigned, Ct,
            o => o.WithCleanStart(false).WithSessionExpiryInterval(300));
        Assert.True(back.ConnectResult!.IsSessionPresent, back.Describe());
        Assert.Null(back.ConnectResult.AssignedClientIdentifier);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttClientDisconnectReason.SessionTakenOver)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttClientDisconnectReason.NormalDisconnection)]
    public async Task TheConnectionWhoseSessionIsTakenOverHearsWhy(InteropBrokerKind kind, MqttClientDisconnectReason expected)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var first = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-lamp", Ct);

        await using var second = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-lamp", Ct);

        // §3.1.4: the server sends DISCONNECT 0x8E Session taken over to the existing connection, then closes it.
        // Mosquitto 2.0.11 only closes it, which MQTTnet reports as a normal disconnection.
        var disconnect = await first.WaitForDisconnectAsync(Ct);
        Assert.True(expected == disconnect.Reason, $"{disconnect.Reason} {disconnect.Exception?.Message}{Environment.NewLine}{first.Describe()}");
        Assert.True(second.Client.IsConnected);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttClientDisconnectReason.ServerShuttingDown)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttClientDisconnectReason.NormalDisconnection)]
    public async Task AClientHearsThatTheBrokerIsShuttingDown(InteropBrokerKind kind, MqttClientDisconnectReason expected)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct, persistent: true);
        await using var peer = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-shutdown", Ct);

        await broker.RestartAsync(Ct);

        // §4.13.2 lets a server send DISCONNECT before it closes: ours does, with 0x8B Server shutting down;
        // mosquitto 2.0.11 closes on SIGTERM without one.
        var disconnect = await peer.WaitForDisconnectAsync(Ct);
        Assert.True(expected == disconnect.Reason, $"{disconnect.Reason} {disconnect.Exception?.Message}{Environment.NewLine}{peer.Describe()}");
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V311, MqttClientConnectResultCode.BadUserNameOrPassword)]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V500, MqttClientConnectResultCode.BadUserNameOrPassword)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V311, MqttClientConnectResultCode.NotAuthorized)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V500, MqttClientConnectResultCode.NotAuthorized)]
    public async Task AWrongPasswordIsRefusedAndTheRightOneAccepted(InteropBrokerKind kind, MqttProtocolVersion version, MqttClientConnectResultCode expected)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct, user: ("lamp", "right"));
        await using var wrong = MqttNetPeer.Create(broker, version, "mqttnet-lamp", o => o.WithCredentials("lamp", "wrong"));

        var refused = await wrong.TryConnectAsync(Ct);

        // Ours: 3.1.1's return code 4 (§3.2.2.3) / 5.0's 0x86, one value in MQTTnet's terms. Mosquitto 2.0.11 says
        // 5 / 0x87 Not authorized for a wrong password too; both are the spec's to choose.
        Assert.Equal(expected, refused.ResultCode);
        Assert.False(wrong.Client.IsConnected);
        await using var right = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-lamp", Ct, o => o.WithCredentials("lamp", "right"));
        Assert.True(right.Client.IsConnected);
    }
}
