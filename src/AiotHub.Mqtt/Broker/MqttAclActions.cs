namespace AiotHub.Mqtt.Broker;

/// <summary>The actions an <see cref="MqttAclRule"/> applies to.</summary>
[Flags]
public enum MqttAclActions
{
    None = 0,
    Publish = 1,
    Subscribe = 2,
    Both = Publish | Subscribe,
}
