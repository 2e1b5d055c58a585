using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>How a device got its credentials.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeviceCredentialOrigin>))]
internal enum DeviceCredentialOrigin
{
    /// <summary>A pairing code, over MQTT (docs/mqtt-protocol.md "Pairing").</summary>
    [JsonStringEnumMemberName("pairing")]
    Pairing,

    /// <summary>Bulk provisioning through the API.</summary>
    [JsonStringEnumMemberName("provisioning")]
    Provisioning,

    /// <summary>The demo home (`--demo`), in-process at every start.</summary>
    [JsonStringEnumMemberName("demo")]
    Demo,
}
