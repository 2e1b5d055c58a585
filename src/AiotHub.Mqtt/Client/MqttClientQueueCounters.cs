namespace AiotHub.Mqtt.Client;

/// <summary>A snapshot of an <see cref="MqttClient"/>'s bounded queues (docs/mqtt-client.md, "Queues").</summary>
/// <param name="InboundQueued">Received messages waiting for the handler now.</param>
/// <param name="InboundDropped">QoS 0 messages dropped (the oldest first) because the handler fell behind.</param>
/// <param name="InboundPauses">Times the reader stopped reading because QoS 1/2 messages filled the queue.</param>
/// <param name="OutgoingQueued">Publishes accepted and not yet done (written for QoS 0, acknowledged for QoS 1/2).</param>
/// <param name="OutgoingWaits">Publishes that had to wait for room.</param>
/// <param name="OutgoingTimeouts">Publishes that failed after waiting <see cref="MqttClientOptions.OutgoingQueueTimeout"/>.</param>
/// <param name="WriteQueueOverflows">Connections closed because packets to write piled up beyond their bound (a server that does not read).</param>
public sealed record MqttClientQueueCounters(
    int InboundQueued,
    long InboundDropped,
    long InboundPauses,
    int OutgoingQueued,
    long OutgoingWaits,
    long OutgoingTimeouts,
    long WriteQueueOverflows);
