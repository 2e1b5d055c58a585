using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;
using StoredQueueEntry = AiotHub.Mqtt.Broker.Persistence.MqttQueuedMessage;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// What the broker checks in a record from its store before restoring it: the store's CRC proves the bytes are
/// what was written, not that a bug, a hand edit or an older version wrote something the broker can serve. Each
/// method returns why the record cannot be restored, or null when it can.
/// </summary>
internal static class MqttRestoreChecks
{
    /// <summary>§3.8.2.1.2: a Subscription Identifier is 1 to 268,435,455 (0 here means none).</summary>
    private const uint MaximumSubscriptionIdentifier = 268_435_455;

    public static string? CheckSession(MqttStoredSession session) =>
        session.ClientId.Length == 0 ? "the client id is empty"
        : session.ProtocolVersion is not (MqttProtocolVersion.V311 or MqttProtocolVersion.V500)
            ? $"protocol level {(byte)session.ProtocolVersion} is neither 4 (3.1.1) nor 5 (5.0)"
        : null;

    public static string? CheckSubscription(string filter, MqttStoredSubscription subscription) =>
        !MqttTopic.IsValidTopicFilter(filter) ? "the topic filter is not valid (§4.7)"
        : subscription.QualityOfService > MqttQualityOfService.ExactlyOnce ? $"QoS {(byte)subscription.QualityOfService} does not exist"
        : subscription.RetainHandling > MqttRetainHandling.DoNotSend ? $"Retain Handling {(byte)subscription.RetainHandling} does not exist (§3.8.3.1)"
        : subscription.SubscriptionIdentifier > MaximumSubscriptionIdentifier ? "the subscription identifier is above 268,435,455 (§3.8.2.1.2)"
        : null;

    public static string? CheckMessage(MqttApplicationMessage message) =>
        !MqttTopic.IsValidTopicName(message.Topic) ? "the topic name is not valid (§4.7)"
        : message.QualityOfService > MqttQualityOfService.ExactlyOnce ? $"QoS {(byte)message.QualityOfService} does not exist"
        : message.PayloadFormatIndicator > 1 ? $"Payload Format Indicator {message.PayloadFormatIndicator} does not exist (§3.3.2.3.2)"
        : message.ResponseTopic is { } responseTopic && !MqttTopic.IsValidTopicName(responseTopic) ? "the response topic is not a valid topic name (§3.3.2.3.5)"
        : null;

    /// <param name="packetIds">The packet ids of the session's in-flight entries checked so far; this entry's is added.</param>
    public static string? CheckQueueEntry(StoredQueueEntry entry, HashSet<ushort> packetIds)
    {
        if (CheckMessage(entry.Message) is { } why)
        {
            return why;
        }

        if (entry.QualityOfService is not (MqttQualityOfService.AtLeastOnce or MqttQualityOfService.ExactlyOnce))
        {
            return $"a queued delivery at QoS {(byte)entry.QualityOfService} (only 1 and 2 are stored)";
        }

        return entry.State switch
        {
            MqttQueuedMessageState.Queued => null,
            MqttQueuedMessageState.AwaitingCompletion when entry.QualityOfService != MqttQualityOfService.ExactlyOnce =>
                "a QoS 1 delivery awaiting PUBCOMP",
            MqttQueuedMessageState.AwaitingAcknowledgement or MqttQueuedMessageState.AwaitingCompletion =>
                entry.PacketId == 0 ? "an in-flight delivery without packet id (§2.2.1)"
                : !packetIds.Add(entry.PacketId) ? $"packet id {entry.PacketId} is in flight twice"
                : null,
            _ => $"delivery state {(int)entry.State} does not exist",
        };
    }
}
