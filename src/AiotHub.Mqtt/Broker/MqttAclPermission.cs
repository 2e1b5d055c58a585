namespace AiotHub.Mqtt.Broker;

/// <summary>What an <see cref="MqttAclRule"/> decides. Deny is the zero value, so a rule bound without one denies.</summary>
public enum MqttAclPermission
{
    Deny = 0,
    Allow = 1,
}
