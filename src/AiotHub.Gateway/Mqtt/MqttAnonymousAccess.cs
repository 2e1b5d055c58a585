using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Mqtt;

/// <summary>Who may connect to the embedded broker without credentials (Mqtt:AllowAnonymous unset, true, false); /healthz's mqtt.anonymous.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MqttAnonymousAccess>))]
public enum MqttAnonymousAccess
{
    /// <summary>Unset: only clients on a loopback address (processes on the hub machine), as Mosquitto 2.0 does.</summary>
    [JsonStringEnumMemberName("loopback")]
    Loopback,

    /// <summary>Mqtt:AllowAnonymous=true: anyone who can reach the port (the hub warns at every start).</summary>
    [JsonStringEnumMemberName("everyone")]
    Everyone,

    /// <summary>Mqtt:AllowAnonymous=false: every client needs credentials.</summary>
    [JsonStringEnumMemberName("nobody")]
    Nobody,
}
