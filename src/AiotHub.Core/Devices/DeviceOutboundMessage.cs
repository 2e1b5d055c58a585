namespace AiotHub.Core.Devices;

/// <summary>
/// What the bridge publishes for a command: to "{root}/{DeviceId}/{TopicSuffix}", QoS 1, the JSON
/// <see cref="Payload"/>; <see cref="CommandId"/> doubles as MQTT 5 correlation data.
/// </summary>
public sealed record DeviceOutboundMessage(string DeviceId, string TopicSuffix, string CommandId, ReadOnlyMemory<byte> Payload);
