namespace AiotHub.Gateway.Provisioning;

/// <summary>
/// The answer to a provisioning request, and the credentials file <c>aiothub-sim --credentials FILE</c> reads:
/// the home, the topic root, the broker to connect to (as the caller reached the hub) and every device with its secret.
/// </summary>
internal sealed record ProvisionResponse(string HomeId, string TopicRoot, string? Broker, IReadOnlyList<ProvisionedDevice> Devices);
