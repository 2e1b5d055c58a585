namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>One message as a third-party subscriber printed it.</summary>
/// <param name="UserProperties">MQTT 5.0 user properties as mosquitto_sub prints them: "k:v k2:v2".</param>
internal sealed record ReceivedMessage(string Topic, int Qos, bool Retain, string UserProperties, string ContentType, string Payload);
