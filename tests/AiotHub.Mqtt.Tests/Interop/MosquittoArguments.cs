using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

internal static class MosquittoArguments
{
    /// <summary>The -V value mosquitto_pub and mosquitto_sub take for a protocol version.</summary>
    public static string Version(MqttProtocolVersion version) => version switch
    {
        MqttProtocolVersion.V311 => "mqttv311",
        MqttProtocolVersion.V500 => "mqttv5",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };
}
