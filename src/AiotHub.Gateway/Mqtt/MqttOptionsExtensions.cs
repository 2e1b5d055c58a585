using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Mqtt;

/// <summary>From the "Mqtt" section to what <see cref="MqttBroker"/> takes; unset values keep the broker's defaults.</summary>
internal static class MqttOptionsExtensions
{
    /// <param name="hubClient">
    /// The hub's own client: authenticated by its random password only, refused to anyone else
    /// (user name or client id), and exempt from the ACL. Null: no such client.
    /// </param>
    public static MqttBrokerOptions ToBrokerOptions(this MqttOptions options, TimeProvider timeProvider, Action<MqttBrokerLogEntry> log,
        HubClientCredentials? hubClient = null)
    {
        var broker = new MqttBrokerOptions
        {
            Port = options.Port,
            TlsPort = options.TlsPort,
            TlsCertificatePath = options.TlsCertificatePath,
            TlsCertificatePassword = options.TlsCertificatePassword,
            AllowAnonymous = options.AllowAnonymous,
            TimeProvider = timeProvider,
            Log = log,
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

        var users = new MqttUserAuthenticator(options);
        broker.Authenticate = connect =>
        {
            if (hubClient is not null && (connect.UserName == HubClientCredentials.ReservedUserName || connect.ClientId == HubClientCredentials.ReservedClientId))
            {
                return hubClient.Matches(connect.UserName, connect.Password) && connect.ClientId == HubClientCredentials.ReservedClientId
                    ? MqttReasonCode.Success
                    : MqttReasonCode.NotAuthorized;
            }

            return users.IsAuthorized(connect.UserName, connect.Password) ? MqttReasonCode.Success : MqttReasonCode.BadUserNameOrPassword;
        };

        if (options.Acl.Count > 0 || options.DefaultAclPermission is not null)
        {
            var acl = new MqttAcl(options.Acl.Select(r => r.ToRule()), options.DefaultAclPermission);
            if (hubClient is null)
            {
                broker.Acl = acl;
            }
            else
            {
                // Only a client that passed Authenticate above carries the reserved user name.
                broker.AuthorizePublish = (userName, clientId, topic) => userName == HubClientCredentials.ReservedUserName || acl.CanPublish(userName, clientId, topic);
                broker.AuthorizeSubscribe = (userName, clientId, filter) => userName == HubClientCredentials.ReservedUserName || acl.CanSubscribe(userName, clientId, filter);

                // A wildcard subscription the ACL grants is filtered per message (MqttAcl.CanReceive).
                broker.AuthorizeDelivery = (userName, clientId, topic) => userName == HubClientCredentials.ReservedUserName || acl.CanReceive(userName, clientId, topic);
            }
        }

        return broker;
    }
}
