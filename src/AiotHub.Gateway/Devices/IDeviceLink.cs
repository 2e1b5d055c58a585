using AiotHub.Mqtt;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The hub's link to the device bus, the one seam between the <see cref="DeviceBridge"/> and MQTT: in Embedded mode
/// <see cref="InProcessDeviceLink"/> (attached to the broker in the same process: no socket, no re-encoding), in
/// External mode (or with Devices:Link MqttClient) <see cref="MqttClientDeviceLink"/> (an MQTT client with a persistent session).
/// </summary>
internal interface IDeviceLink : IAsyncDisposable
{
    /// <summary>Attached or connected: messages flow both ways.</summary>
    bool IsConnected { get; }

    /// <summary>For logs: where the link goes.</summary>
    string Description { get; }

    /// <summary>
    /// Connects (or attaches) and subscribes to <paramref name="filter"/>, handing every matching message to
    /// <paramref name="handler"/>. Once started, the link keeps itself up.
    /// </summary>
    /// <exception cref="DeviceLinkException">It could not (the bridge retries).</exception>
    Task StartAsync(string filter, DeviceLinkHandler handler, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes as the hub's link. Completes when the bus has taken the message (the embedded broker: routed, and
    /// durable with a store; an external broker: PUBACK for QoS 1). False when the bus refused it.
    /// </summary>
    ValueTask<bool> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken);
}
