namespace AiotHub.Gateway.Provisioning;

/// <summary>One device of a credentials file: who it is, where it goes, and its MQTT user name and secret (shown once).</summary>
internal sealed record ProvisionedDevice(string Id, string Model, string? Name, string? Room, string UserName, string Password);
