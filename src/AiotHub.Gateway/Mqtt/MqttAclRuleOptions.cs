using System.ComponentModel.DataAnnotations;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// One entry of Mqtt:Acl, bound to the broker's <see cref="MqttAclRule"/>. Rules are checked in
/// order and the first that applies decides; a rule without UserName or ClientId applies to every
/// client. Topic is a filter and may use %u (user name) and %c (client id), as mosquitto's ACL files do.
/// Actions: Publish, Subscribe or Both (the default).
/// </summary>
public sealed class MqttAclRuleOptions
{
    [Required(ErrorMessage = "Mqtt:Acl:n:Permission is required (Allow or Deny).")]
    public MqttAclPermission? Permission { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "Mqtt:Acl:n:Topic is required (a topic filter such as home/# or devices/%c/#).")]
    public string Topic { get; set; } = string.Empty;

    public MqttAclActions Actions { get; set; } = MqttAclActions.Both;

    public MqttAclRule ToRule() => new()
    {
        Permission = Permission ?? MqttAclPermission.Deny,
        UserName = UserName,
        ClientId = ClientId,
        TopicFilter = Topic,
        Actions = Actions,
    };
}
