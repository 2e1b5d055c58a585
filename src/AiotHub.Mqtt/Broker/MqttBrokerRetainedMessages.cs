using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The broker's side of the retained store (MQTT 5.0 §3.3.1.3): translates between the routed
/// PUBLISH packets and <see cref="MqttRetainedMessageStore"/>'s application messages.
/// </summary>
internal sealed class MqttBrokerRetainedMessages
{
    private readonly TimeProvider _time;

    public MqttBrokerRetainedMessages(TimeProvider time)
    {
        _time = time;
        Store = new MqttRetainedMessageStore(time);
    }

    /// <summary>The store itself, for persistence (snapshot) and inspection.</summary>
    public MqttRetainedMessageStore Store { get; }

    /// <summary>Stores a retained message, or clears the topic when the payload is empty.</summary>
    public void Set(MqttPublishPacket message)
    {
        // Journal hook: retained message set or cleared.
        Store.Set(new MqttApplicationMessage
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
        }, _time.GetUtcNow());
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
