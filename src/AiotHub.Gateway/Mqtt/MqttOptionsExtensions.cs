using System.Net;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>From the "Mqtt" section to what <see cref="MqttBroker"/> takes; unset values keep the broker's defaults.</summary>
internal static class MqttOptionsExtensions
{
    /// <summary>Mqtt:Acl as the broker's ACL type; null without rules or a default (everything allowed outside the device root).</summary>
    public static MqttAcl? ToAcl(this MqttOptions options) =>
        options.Acl.Count > 0 || options.DefaultAclPermission is not null
            ? new MqttAcl(options.Acl.Select(r => r.ToRule()), options.DefaultAclPermission)
            : null;

    /// <param name="authenticator">Who a CONNECT is (the broker's own AllowAnonymous stays on: this decides).</param>
    /// <param name="topics">The identity-bound topic rules, with Mqtt:Acl folded in (the hub link is exempt from it).</param>
    public static MqttBrokerOptions ToBrokerOptions(this MqttOptions options, TimeProvider timeProvider, Action<MqttBrokerLogEntry> log,
        MqttConnectAuthenticator authenticator, MqttTopicAuthorizer topics)
    {
        var broker = new MqttBrokerOptions
        {
            Port = options.Port,
            TlsPort = options.TlsPort,
            TlsCertificatePath = options.TlsCertificatePath,
            TlsCertificatePassword = options.TlsCertificatePassword,
            AllowAnonymous = true,
            TimeProvider = timeProvider,
            Log = log,
            Authenticate = authenticator.Authenticate,
            AuthorizePublish = topics.CanPublish,
            AuthorizeSubscribe = topics.CanSubscribe,
            AuthorizeDelivery = topics.CanReceive,
        };

        if (options.Address is not null)
        {
            broker.Address = IPAddress.Parse(options.Address);
        }

        broker.MaximumPacketSize = options.MaximumPacketSize ?? broker.MaximumPacketSize;
        broker.ReceiveMaximum = (ushort?)options.ReceiveMaximum ?? broker.ReceiveMaximum;
        broker.TopicAliasMaximum = (ushort?)options.TopicAliasMaximum ?? broker.TopicAliasMaximum;
        broker.MaximumKeepAliveSeconds = (ushort?)options.MaximumKeepAliveSeconds ?? broker.MaximumKeepAliveSeconds;
        broker.MaximumQueuedMessagesPerClient = options.MaximumQueuedMessagesPerClient ?? broker.MaximumQueuedMessagesPerClient;
        broker.QueueFullPolicy = options.QueueFullPolicy ?? broker.QueueFullPolicy;
        return broker;
    }
}
