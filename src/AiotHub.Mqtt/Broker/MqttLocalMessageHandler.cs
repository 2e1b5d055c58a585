namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Receives a message for a <see cref="MqttLocalLink"/>, on the publisher's connection (no queue, no thread hop).
/// For a QoS 1/2 publisher the broker acknowledges (PUBACK/PUBREC) only once the returned task has completed
/// successfully; a faulted task means "not taken": nothing after it on that connection is acknowledged and the
/// connection is closed, so the publisher sends it again (as for a failed store write). Return a completed task
/// for work finished synchronously: that costs nothing.
/// </summary>
public delegate ValueTask MqttLocalMessageHandler(MqttLocalMessage message);
