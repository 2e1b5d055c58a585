using System.Diagnostics;
using System.Net;
using System.Text;
using MQTTnet;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// One MQTTnet 5.2 client (the NuGet package, unchanged) connected to an <see cref="InteropBroker"/>: what it
/// received, why it was disconnected, and a way to vanish without DISCONNECT.
/// <code>
/// await using var peer = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "lamp", ct);
/// await peer.SubscribeAsync("home/#", 1, ct);
/// var messages = await peer.WaitForMessagesAsync(3, ct);
/// </code>
/// </summary>
internal sealed class MqttNetPeer : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly MqttClientFactory Factory = new();
    private readonly InteropBroker _broker;
    private readonly MqttClientOptions _options;
    private readonly VanishingStreamProvider _streams = new();
    private readonly List<MqttNetMessage> _messages = [];
    private readonly List<MqttClientDisconnectedEventArgs> _disconnects = [];
    private TaskCompletionSource _changed = NewSignal();

    private MqttNetPeer(InteropBroker broker, MqttProtocolVersion version, string clientId, Action<MqttClientOptionsBuilder>? configure)
    {
        _broker = broker;
        var builder = new MqttClientOptionsBuilder()
            .WithEndPoint(new IPEndPoint(IPAddress.Parse(InteropBroker.Host), broker.Port))
            .WithStreamProvider(_streams)
            .WithProtocolVersion(version == MqttProtocolVersion.V500 ? MQTTnet.Formatter.MqttProtocolVersion.V500 : MQTTnet.Formatter.MqttProtocolVersion.V311)
            .WithClientId(clientId)
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30));
        configure?.Invoke(builder);
        _options = builder.Build();
        Client = Factory.CreateMqttClient();
        Client.ApplicationMessageReceivedAsync += OnMessageAsync;
        Client.DisconnectedAsync += OnDisconnectedAsync;
    }

    public IMqttClient Client { get; }

    public MqttClientConnectResult? ConnectResult { get; private set; }

    /// <summary>
    /// Withhold the PUBACK (QoS 1) or PUBREC (QoS 2) of every message received from now on, as a device that lost
    /// power before it could acknowledge: the broker must keep the delivery in flight.
    /// </summary>
    public bool WithholdAcknowledgements { get; set; }

    public IReadOnlyList<MqttNetMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Every time MQTTnet reported the connection gone, with the reason it gives (5.0: the DISCONNECT's).</summary>
    public IReadOnlyList<MqttClientDisconnectedEventArgs> Disconnects
    {
        get
        {
            lock (_disconnects)
            {
                return [.. _disconnects];
            }
        }
    }

    /// <summary>A client that has not connected yet; <see cref="TryConnectAsync"/> connects it.</summary>
    public static MqttNetPeer Create(InteropBroker broker, MqttProtocolVersion version, string clientId, Action<MqttClientOptionsBuilder>? configure = null) =>
        new(broker, version, clientId, configure);

    /// <summary>Connects and asserts that the broker accepted.</summary>
    public static async Task<MqttNetPeer> ConnectAsync(
        InteropBroker broker, MqttProtocolVersion version, string clientId, CancellationToken cancellationToken,
        Action<MqttClientOptionsBuilder>? configure = null)
    {
        var peer = Create(broker, version, clientId, configure);
        try
        {
            var result = await peer.TryConnectAsync(cancellationToken);
            Assert.True(result.ResultCode == MqttClientConnectResultCode.Success,
                $"MQTTnet '{clientId}' was refused by {broker}: {result.ResultCode} {result.ReasonString}{Environment.NewLine}{broker.Log}");
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Connects (again) and returns the CONNACK as MQTTnet reads it, refused or not.</summary>
    public async Task<MqttClientConnectResult> TryConnectAsync(CancellationToken cancellationToken)
    {
        ConnectResult = await Client.ConnectAsync(_options, cancellationToken);
        return ConnectResult;
    }

    /// <param name="configure">5.0 subscription options: No Local, Retain As Published, Retain Handling.</param>
    public async Task<MqttClientSubscribeResult> SubscribeAsync(
        string filter, int qos, CancellationToken cancellationToken, uint subscriptionIdentifier = 0, Action<MqttTopicFilterBuilder>? configure = null)
    {
        var options = new MqttClientSubscribeOptionsBuilder().WithTopicFilter(f =>
        {
            f.WithTopic(filter).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos);
            configure?.Invoke(f);
        });
        if (subscriptionIdentifier != 0)
        {
            options.WithSubscriptionIdentifier(subscriptionIdentifier);
        }

        return await Client.SubscribeAsync(options.Build(), cancellationToken);
    }

    /// <summary>Publishes and returns the acknowledgement as MQTTnet reads it (PUBACK/PUBREC reason code for QoS 1/2).</summary>
    public Task<MqttClientPublishResult> PublishAsync(
        string topic, string payload, int qos, CancellationToken cancellationToken, bool retain = false,
        Action<MqttApplicationMessageBuilder>? configure = null)
    {
        var builder = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos)
            .WithRetainFlag(retain);
        configure?.Invoke(builder);
        return Client.PublishAsync(builder.Build(), cancellationToken);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived and returns all so far.</summary>
    public async Task<IReadOnlyList<MqttNetMessage>> WaitForMessagesAsync(int count, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Messages.Count >= count, () => $"{Messages.Count} of {count} messages", cancellationToken);
        return Messages;
    }

    /// <summary>Waits until MQTTnet reports the connection gone and returns why.</summary>
    public async Task<MqttClientDisconnectedEventArgs> WaitForDisconnectAsync(CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Disconnects.Count > 0, () => "Still connected", cancellationToken);
        return Disconnects[0];
    }

    /// <summary>The connection ends with a TCP reset and no DISCONNECT, as on a power cut.</summary>
    public void Vanish() => _streams.Vanish();

    /// <summary>A clean DISCONNECT (reason 0x00, or the one given, e.g. 0x04 to have the will published).</summary>
    public Task DisconnectAsync(CancellationToken cancellationToken, MqttClientDisconnectOptionsReason reason = MqttClientDisconnectOptionsReason.NormalDisconnection) =>
        Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(reason).Build(), cancellationToken);

    /// <summary>What the client saw and what the broker logged, for assertion messages.</summary>
    public string Describe() =>
        $"MQTTnet '{_options.ClientId}' against {_broker}: connected {Client.IsConnected}, {ConnectResult?.ResultCode}"
        + $"{Environment.NewLine}--- received ---{Environment.NewLine}{string.Join(Environment.NewLine, Messages)}"
        + $"{Environment.NewLine}--- disconnects ---{Environment.NewLine}{string.Join(Environment.NewLine, Disconnects.Select(d => $"{d.Reason} {d.ReasonString} {d.Exception?.Message}"))}"
        + $"{Environment.NewLine}--- broker ---{Environment.NewLine}{_broker.Log}";

    public async ValueTask DisposeAsync()
    {
        if (Client.IsConnected)
        {
            try
            {
                await DisconnectAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or ObjectDisposedException or InvalidOperationException)
            {
                // Gone already; nothing to say goodbye to.
            }
        }

        Client.Dispose();
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (WithholdAcknowledgements)
        {
            e.AutoAcknowledge = false;
        }

        var m = e.ApplicationMessage;
        var message = new MqttNetMessage(m.Topic, Encoding.UTF8.GetString(m.Payload), (int)m.QualityOfServiceLevel, m.Retain, m.TopicAlias)
        {
            ResponseTopic = m.ResponseTopic,
            CorrelationData = m.CorrelationData is { } data ? [.. data] : null,
            ContentType = m.ContentType,
            MessageExpiryInterval = m.MessageExpiryInterval,
            PayloadFormatIndicator = (int)m.PayloadFormatIndicator,
            UserProperties = [.. (m.UserProperties ?? []).Select(p => (p.Name, p.ReadValueAsString()))],
            SubscriptionIdentifiers = [.. m.SubscriptionIdentifiers ?? []],
            Dup = m.Dup,
        };
        lock (_messages)
        {
            _messages.Add(message);
        }

        Signal();
        return Task.CompletedTask;
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        if (e.ClientWasConnected)
        {
            lock (_disconnects)
            {
                _disconnects.Add(e);
            }

            Signal();
        }

        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every waiter: a message arrived or the connection went.</summary>
    private void Signal() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    /// <summary>Waits for the event handlers to make <paramref name="done"/> true, up to <see cref="Timeout"/>.</summary>
    private async Task WaitUntilAsync(Func<bool> done, Func<string> describe, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // Take the signal before testing, so an event between the test and the wait is not missed.
            var changed = Volatile.Read(ref _changed).Task;
            if (done())
            {
                return;
            }

            var left = Timeout - clock.Elapsed;
            try
            {
                await changed.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"{describe()} after {Timeout.TotalSeconds} s.{Environment.NewLine}{Describe()}");
            }
        }
    }
}
