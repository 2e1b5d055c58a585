namespace AiotHub.Mqtt.Protocol;

/// <summary>The protocol level byte of CONNECT (MQTT 3.1.1 §3.1.2.2, MQTT 5.0 §3.1.2.2).</summary>
public enum MqttProtocolVersion : byte
{
    Unknown = 0,
    V311 = 4,
    V500 = 5,
}
