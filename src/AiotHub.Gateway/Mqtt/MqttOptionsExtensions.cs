using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Mqtt;

/// <summary>From the "Mqtt" section to what <see cref="MqttBroker"/> takes; unset values keep the broker's defaults.</summary>
internal static class MqttOptionsExtensions
{
    public static MqttBrokerOptions ToBrokerOptions(this MqttOptions options, TimeProvider timeProvider, Action<MqttBrokerLogEntry> log)
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
        broker.Authenticate = (userName, password, _, _) =>
            users.IsAuthorized(userName, password) ? MqttReasonCode.Success : MqttReasonCode.BadUserNameOrPassword;

        if (options.Acl.Count > 0 || options.DefaultAclPermission is not null)
        {
            broker.Acl = new MqttAcl(options.Acl.Select(r => r.ToRule()), options.DefaultAclPermission);
        }

        return broker;
    }
}
