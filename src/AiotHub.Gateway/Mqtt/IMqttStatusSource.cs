namespace AiotHub.Gateway.Mqtt;

/// <summary>The hosted service that runs the hub's MQTT side, embedded or external, as /healthz sees it.</summary>
internal interface IMqttStatusSource
{
    MqttStatus GetStatus();
}
