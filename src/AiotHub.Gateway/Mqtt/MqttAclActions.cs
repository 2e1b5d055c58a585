namespace AiotHub.Gateway.Mqtt;

/// <summary>What an ACL rule governs; configuration binds "Publish, Subscribe" as both.</summary>
[Flags]
public enum MqttAclActions
{
    None = 0,
    Publish = 1,
    Subscribe = 2,
    All = Publish | Subscribe,
}
