namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One access rule, bound from configuration. <see cref="TopicFilter"/> may contain "%u" and "%c", replaced by the
/// client's user name and client identifier (as in Mosquitto's ACL patterns): "devices/%c/#".
/// </summary>
public sealed class MqttAclRule
{
    public MqttAclPermission Permission { get; set; }

    /// <summary>The user name the rule is for; null for any client, anonymous ones included.</summary>
    public string? UserName { get; set; }

    /// <summary>The client identifier the rule is for; null for any.</summary>
    public string? ClientId { get; set; }

    public string TopicFilter { get; set; } = string.Empty;

    public MqttAclActions Actions { get; set; } = MqttAclActions.Both;
}
