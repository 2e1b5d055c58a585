namespace AiotHub.Gateway.Apis;

/// <summary>A device's new MQTT credentials after a rotation: user name (the device id) and secret, shown this once.</summary>
internal sealed record DeviceSecretResponse(string DeviceId, string UserName, string Password);
