namespace AiotHub.Gateway.Mqtt;

/// <summary>The verdict of an ACL rule (Mqtt:Acl:n:Permission, Mqtt:DefaultAclPermission).</summary>
public enum MqttAclPermission
{
    Allow,
    Deny,
}
