namespace AiotHub.Mqtt.Packets;

/// <summary>A UTF-8 string pair (MQTT 5.0 §3.1.2.11.8); names may repeat and order is kept.</summary>
public readonly record struct MqttUserProperty(string Name, string Value);
