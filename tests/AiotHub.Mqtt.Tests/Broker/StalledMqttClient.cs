using System.Buffers;
using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// A subscriber that connects, subscribes and then never reads its socket again, with a small receive buffer: the
/// broker's writes to it soon stop completing, as with a device on a dead Wi-Fi link or a hung process.
/// </summary>
internal sealed class StalledMqttClient : IDisposable
{
    private readonly Socket _socket;

    private StalledMqttClient(Socket socket) => _socket = socket;

    /// <summary>Connects as <paramref name="clientId"/> and subscribes to <paramref name="filter"/>; returns once the broker holds the subscription.</summary>
    public static async Task<StalledMqttClient> ConnectAsync(TestBroker broker, string clientId, string filter, MqttQualityOfService qos,
        CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, broker.EndPoint.Port), cancellationToken);
        var subscriptions = broker.Broker.SubscriptionCount;
        var bytes = new ArrayBufferWriter<byte>();
        MqttPacketWriter.Write(bytes, new MqttConnectPacket { ClientId = clientId, ProtocolVersion = MqttProtocolVersion.V500 }, MqttProtocolVersion.V500);
        MqttPacketWriter.Write(bytes, new MqttSubscribePacket
        {
            PacketIdentifier = 1,
            TopicFilters = [new MqttTopicFilter { Topic = filter, QualityOfService = qos }],
        }, MqttProtocolVersion.V500);
        await socket.SendAsync(bytes.WrittenMemory, cancellationToken);
        await TestBroker.WaitUntilAsync(() => broker.Broker.SubscriptionCount > subscriptions, $"{clientId} has subscribed");
        return new StalledMqttClient(socket);
    }

    public void Dispose() => _socket.Dispose();
}
