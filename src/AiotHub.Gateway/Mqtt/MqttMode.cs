using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Mqtt;

/// <summary>Where the hub's MQTT traffic lives.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MqttMode>))]
public enum MqttMode
{
    /// <summary>The hub hosts its own broker (AiotHub.Mqtt) in-process.</summary>
    Embedded,

    /// <summary>The hub is a client of another broker, e.g. eclipse-mosquitto, at Mqtt:Url.</summary>
    External,
}
