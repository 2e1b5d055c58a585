using System.Collections.Concurrent;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>The broker's view of retained messages (MQTT 5.0 §3.3.1.3): the one place that talks to the retained store.</summary>
internal sealed class MqttBrokerRetainedMessages
{
    private readonly ConcurrentDictionary<string, MqttQueuedMessage> _messages = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public MqttBrokerRetainedMessages(TimeProvider time) => _time = time;

    /// <summary>Stores a retained message, or clears the topic when the payload is empty.</summary>
    public void Set(MqttPublishPacket message, long receivedTimestamp)
    {
        // Journal hook: retained message set or cleared.
        if (message.Payload.IsEmpty)
        {
            _messages.TryRemove(message.Topic, out _);
        }
        else
        {
            _messages[message.Topic] = new MqttQueuedMessage(message, message.QualityOfService, true, null, receivedTimestamp);
        }
    }

    /// <summary>Adds the unexpired retained messages whose topic matches <paramref name="filter"/> ('$' rule included).</summary>
    public void Match(string filter, List<MqttQueuedMessage> results)
    {
        foreach (var (topic, retained) in _messages)
        {
            if (retained.Message.MessageExpiryInterval is uint expiry &&
                _time.GetElapsedTime(retained.ReceivedTimestamp).TotalSeconds >= expiry)
            {
                _messages.TryRemove(topic, out _);
                continue;
            }

            if (MqttTopic.Matches(filter, topic))
            {
                results.Add(retained);
            }
        }
    }
}
