using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// A deliberately dumb MQTT client for broker tests: it sends exactly the packets (or bytes) it is
/// told to, and queues whatever arrives, so tests can assert the broker's every packet. No
/// automatic acknowledgements, no keep alive.
/// </summary>
internal sealed class RawMqttClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private readonly MqttTransportConnection _transport;
    private readonly Channel<MqttPacket> _received = Channel.CreateUnbounded<MqttPacket>();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _readLoop;

    private RawMqttClient(TcpClient tcp, MqttProtocolVersion version)
    {
        _tcp = tcp;
        Version = version;
        _transport = new MqttTransportConnection(tcp.GetStream(), tcp.Client.RemoteEndPoint);
        _readLoop = Task.Run(ReadLoopAsync);
    }

    public MqttProtocolVersion Version { get; set; }

    /// <summary>Set when the broker closed the connection (after every packet it sent was queued).</summary>
    public bool IsClosed => _readLoop.IsCompleted;

    public Exception? ReadError { get; private set; }

    public static async Task<RawMqttClient> OpenAsync(IPEndPoint endPoint, MqttProtocolVersion version = MqttProtocolVersion.V500,
        CancellationToken cancellationToken = default)
    {
        var tcp = new TcpClient(endPoint.AddressFamily) { NoDelay = true };
        await tcp.ConnectAsync(endPoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback : endPoint.Address, endPoint.Port, cancellationToken);
        return new RawMqttClient(tcp, version);
    }

    /// <summary>Opens a connection, sends CONNECT and returns the CONNACK (whatever its code).</summary>
    public static async Task<(RawMqttClient Client, MqttConnAckPacket ConnAck)> ConnectAsync(IPEndPoint endPoint,
        MqttConnectPacket connect, CancellationToken cancellationToken = default)
    {
        var client = await OpenAsync(endPoint, connect.ProtocolVersion, cancellationToken);
        await client.SendAsync(connect, cancellationToken);
        var connAck = await client.ReceiveAsync<MqttConnAckPacket>(cancellationToken);
        return (client, connAck);
    }

    /// <summary>Connects and asserts success.</summary>
    public static async Task<RawMqttClient> ConnectAsync(IPEndPoint endPoint, string clientId,
        MqttProtocolVersion version = MqttProtocolVersion.V500, bool cleanSession = true, uint? sessionExpiry = null,
        CancellationToken cancellationToken = default)
    {
        var (client, connAck) = await ConnectAsync(endPoint, new MqttConnectPacket
        {
            ProtocolVersion = version,
            ClientId = clientId,
            CleanSession = cleanSession,
            SessionExpiryInterval = version == MqttProtocolVersion.V500 ? sessionExpiry : null,
        }, cancellationToken);
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        return client;
    }

    public async Task SendAsync(MqttPacket packet, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            MqttPacketWriter.Write(_transport.Output, packet, Version);
            await _transport.Output.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _transport.Output.WriteAsync(bytes, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task SubscribeAsync(string filter, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce,
        CancellationToken cancellationToken = default) =>
        SubscribeAsync(new MqttTopicFilter { Topic = filter, QualityOfService = qos }, null, cancellationToken);

    /// <summary>Subscribes and waits for the SUBACK, which is returned.</summary>
    public async Task<MqttSubAckPacket> SubscribeAsync(MqttTopicFilter filter, uint? subscriptionIdentifier,
        CancellationToken cancellationToken = default)
    {
        var id = NextPacketIdentifier();
        await SendAsync(new MqttSubscribePacket
        {
            PacketIdentifier = id,
            TopicFilters = [filter],
            SubscriptionIdentifier = subscriptionIdentifier,
        }, cancellationToken);
        var subAck = await ReceiveAsync<MqttSubAckPacket>(cancellationToken);
        Assert.Equal(id, subAck.PacketIdentifier);
        return subAck;
    }

    /// <summary>Publishes and, for QoS 1/2, completes the acknowledgement flow.</summary>
    public async Task PublishAsync(string topic, string payload, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce,
        bool retain = false, CancellationToken cancellationToken = default)
    {
        var packet = new MqttPublishPacket
        {
            Topic = topic,
            Payload = System.Text.Encoding.UTF8.GetBytes(payload),
            QualityOfService = qos,
            Retain = retain,
            PacketIdentifier = qos == MqttQualityOfService.AtMostOnce ? (ushort)0 : NextPacketIdentifier(),
        };
        await SendAsync(packet, cancellationToken);
        if (qos == MqttQualityOfService.AtLeastOnce)
        {
            var ack = await ReceiveAsync<MqttPubAckPacket>(cancellationToken);
            Assert.Equal(packet.PacketIdentifier, ack.PacketIdentifier);
        }
        else if (qos == MqttQualityOfService.ExactlyOnce)
        {
            var rec = await ReceiveAsync<MqttPubRecPacket>(cancellationToken);
            Assert.Equal(packet.PacketIdentifier, rec.PacketIdentifier);
            await SendAsync(new MqttPubRelPacket { PacketIdentifier = packet.PacketIdentifier }, cancellationToken);
            var comp = await ReceiveAsync<MqttPubCompPacket>(cancellationToken);
            Assert.Equal(packet.PacketIdentifier, comp.PacketIdentifier);
        }
    }

    public async Task<MqttPacket> ReceiveAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The broker closed the connection.", ReadError);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("No packet from the broker in time.");
        }
    }

    public async Task<T> ReceiveAsync<T>(CancellationToken cancellationToken = default)
        where T : MqttPacket
    {
        var packet = await ReceiveAsync(null, cancellationToken);
        return Assert.IsType<T>(packet);
    }

    /// <summary>True when nothing arrives within <paramref name="wait"/> (a negative check; keep it short).</summary>
    public async Task<bool> ReceivesNothingAsync(TimeSpan wait, CancellationToken cancellationToken = default)
    {
        try
        {
            await ReceiveAsync(wait, cancellationToken);
            return false;
        }
        catch (TimeoutException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Waits until the broker closes the connection; returns the packets it sent before closing.</summary>
    public async Task<List<MqttPacket>> WaitForCloseAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var packets = new List<MqttPacket>();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await foreach (var packet in _received.Reader.ReadAllAsync(cts.Token))
            {
                packets.Add(packet);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The broker did not close the connection in time.");
        }

        return packets;
    }

    private ushort _nextPacketIdentifier;

    public ushort NextPacketIdentifier() => _nextPacketIdentifier = (ushort)(_nextPacketIdentifier % ushort.MaxValue + 1);

    public async ValueTask DisposeAsync()
    {
        // The socket first, so the read loop ends; only then the pipes: a PipeReader completed while another thread reads
        // it returns the same buffers twice (ArgumentNullException in BufferSegment.Reset, seen once on CI).
        _tcp.Dispose();
        try
        {
            await _readLoop;
        }
        catch
        {
        }

        await _transport.DisposeAsync();

        _writeLock.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var input = _transport.Input;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync();
                var buffer = result.Buffer;
                try
                {
                    while (MqttPacketReader.TryRead(ref buffer, Version, MqttBrokerOptionsLimit, out var packet))
                    {
                        _received.Writer.TryWrite(packet);
                    }
                }
                finally
                {
                    input.AdvanceTo(buffer.Start, buffer.End);
                }

                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            ReadError = ex;
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }

    private const int MqttBrokerOptionsLimit = 268_435_460;
}
