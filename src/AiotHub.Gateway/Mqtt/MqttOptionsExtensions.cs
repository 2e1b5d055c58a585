using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>Mqtt:Acl as the broker's ACL type, for the hub's topic authorizer.</summary>
internal static class MqttOptionsExtensions
{
    /// <summary>Mqtt:Acl as the broker's ACL type; null without rules or a default (everything allowed outside the device root).</summary>
    public static MqttAcl? ToAcl(this MqttOptions options) =>
        options.Acl.Count > 0 || options.DefaultAclPermission is not null
            ? new MqttAcl(options.Acl.Select(r => r.ToRule()), options.DefaultAclPermission)
            : null;
}
