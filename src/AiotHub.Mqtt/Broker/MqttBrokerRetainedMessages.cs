using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The broker's side of the retained store (MQTT 5.0 §3.3.1.3): translates between the routed
/// PUBLISH packets and <see cref="MqttRetainedMessageStore"/>'s application messages.
/// </summary>
internal sealed class MqttBrokerRetainedMessages
{
    private readonly TimeProvider _time;
    private readonly MqttBrokerStore? _durable;
    private readonly Action<Exception> _onStoreFailure;

    // With a store: keeps the store's order of changes to a topic the same as the memory's.
    private readonly Lock _journalLock = new();

    public MqttBrokerRetainedMessages(TimeProvider time, MqttBrokerStore? durable, Action<Exception> onStoreFailure)
    {
        _time = time;
        _durable = durable;
        _onStoreFailure = onStoreFailure;
        Store = new MqttRetainedMessageStore(time);
    }

    /// <summary>The store itself, for persistence (snapshot) and inspection.</summary>
    public MqttRetainedMessageStore Store { get; }

    /// <summary>
    /// Stores a retained message, or clears the topic when the payload is empty. With a broker store
    /// the change is journaled too (whatever the QoS); returns the task that completes when it is durable.
    /// </summary>
    public Task? Set(MqttPublishPacket message)
    {
        var retained = new MqttApplicationMessage
        {
            Topic = message.Topic,
            Payload = message.Payload,
            QualityOfService = message.QualityOfService,
            Retain = true,
            PayloadFormatIndicator = message.PayloadFormatIndicator,
            MessageExpiryInterval = message.MessageExpiryInterval,
            ContentType = message.ContentType,
            ResponseTopic = message.ResponseTopic,
            CorrelationData = message.CorrelationData,
            UserProperties = message.UserProperties,
        };
        if (_durable is null)
        {
            Store.Set(retained, _time.GetUtcNow());
            return null;
        }

        lock (_journalLock)
        {
            Store.Set(retained, _time.GetUtcNow());
            try
            {
                return _durable.SetRetainedAsync(retained);
            }
            catch (Exception ex)
            {
                _onStoreFailure(ex);
                return Task.FromException(ex);
            }
        }
    }

    /// <summary>
    /// Adds the unexpired retained messages matching <paramref name="filter"/> as PUBLISH packets whose
    /// Message Expiry Interval is what remains of it (§3.3.2.3.3).
    /// </summary>
    public void Match(string filter, List<MqttPublishPacket> results)
    {
        var matches = new List<MqttRetainedMessage>();
        Store.Match(filter, matches);
        var now = _time.GetUtcNow();
        foreach (var retained in matches)
        {
            var message = retained.Message;
            var remaining = retained.GetRemainingExpiryInterval(now);
            if (remaining == 0)
            {
                continue;
            }

            results.Add(new MqttPublishPacket
            {
                Topic = message.Topic,
                Payload = message.Payload,
                QualityOfService = message.QualityOfService,
                Retain = true,
                PayloadFormatIndicator = message.PayloadFormatIndicator,
                MessageExpiryInterval = remaining,
                ContentType = message.ContentType,
                ResponseTopic = message.ResponseTopic,
                CorrelationData = message.CorrelationData,
                UserProperties = message.UserProperties,
            });
        }
    }
}
