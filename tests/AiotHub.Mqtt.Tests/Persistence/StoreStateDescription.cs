using System.Globalization;
using System.Text;
using AiotHub.Mqtt.Broker.Persistence;

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary>
/// A canonical text of a store state, so tests can compare whole states (before and after a
/// reopen, after a cut) and a failure shows what differs.
/// </summary>
internal static class StoreStateDescription
{
    public static string Describe(MqttBrokerStoreState state)
    {
        var text = new StringBuilder();
        foreach (var (topic, message) in state.RetainedMessages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"retained {topic}: {Describe(message)}\n");
        }

        foreach (var session in state.Sessions.Values.OrderBy(s => s.ClientId, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"session {session.ClientId} {session.ProtocolVersion} {session.SessionExpiryInterval} {session.ExpiresAt?.ToUnixTimeMilliseconds()} user={session.UserName}\n");
            foreach (var (filter, s) in session.Subscriptions.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  sub {filter} {s}\n");
            }

            foreach (var entry in session.Queue)
            {
                text.Append(CultureInfo.InvariantCulture, $"  queue {entry.MessageId} {entry.QualityOfService} {entry.State} {entry.PacketId}: {Describe(entry.Message)}\n");
            }

            foreach (var packetId in session.InboundQos2PacketIds.Order())
            {
                text.Append(CultureInfo.InvariantCulture, $"  inbound {packetId}\n");
            }
        }

        return text.ToString();
    }

    public static string Describe(MqttApplicationMessage m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Topic} {Convert.ToHexString(m.Payload.Span)} q{(int)m.QualityOfService} r{m.Retain} pfi{m.PayloadFormatIndicator} exp{m.MessageExpiryInterval} ct{m.ContentType} rt{m.ResponseTopic} cd{(m.CorrelationData is null ? "-" : Convert.ToHexString(m.CorrelationData))} up[{string.Join(",", m.UserProperties?.Select(p => p.Name + "=" + p.Value) ?? [])}]");
}
