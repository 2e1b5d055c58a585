using System.ComponentModel.DataAnnotations;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// One entry of Mqtt:Acl. Rules are checked in order and the first that matches decides; a rule
/// without UserName or ClientId matches every client. Topic is a filter and may use the
/// substitutions %u (user name) and %c (client id), as mosquitto's ACL files do.
/// </summary>
public sealed class MqttAclRuleOptions
{
    [Required(ErrorMessage = "Mqtt:Acl:n:Permission is required (Allow or Deny).")]
    public MqttAclPermission? Permission { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "Mqtt:Acl:n:Topic is required (a topic filter such as home/# or devices/%c/#).")]
    public string Topic { get; set; } = string.Empty;

    public MqttAclActions Actions { get; set; } = MqttAclActions.All;
}
