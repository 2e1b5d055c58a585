namespace AiotHub.Mqtt.Broker;

/// <summary>What <see cref="MqttBroker.StartAsync"/> recovered from the broker store; for logs and tests.</summary>
/// <param name="Sessions">Persistent sessions restored.</param>
/// <param name="ExpiredSessions">Stored sessions whose expiry passed while the broker was down; removed.</param>
/// <param name="RetainedMessages">Retained messages restored.</param>
/// <param name="QueuedMessages">QoS 1/2 messages queued or in flight across the restored sessions.</param>
/// <param name="SetAside">
/// Records the broker could not restore (a session, subscription, queued or retained message with a value no client
/// could have sent, or a body that does not decode): each was logged once and removed from the store.
/// </param>
public sealed record MqttBrokerRestoreSummary(int Sessions, int ExpiredSessions, int RetainedMessages, int QueuedMessages, int SetAside = 0);
