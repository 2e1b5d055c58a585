namespace AiotHub.Mqtt.Broker;

public sealed partial class MqttBroker
{
    /// <summary>
    /// How much waits in the sessions right now, connected or not: messages queued for delivery and messages sent but not
    /// yet acknowledged (QoS 1/2 in flight). A moment's value for metrics, summed over the sessions on each call — a
    /// scrape every few seconds, not a hot path. Each session's own lock is taken outside the session table's.
    /// </summary>
    public MqttSessionQueueFigures GetQueueFigures()
    {
        MqttSession[] sessions;
        lock (_sessionsLock)
        {
            sessions = [.. _sessions.Values];
        }

        long queued = 0, inflight = 0;
        foreach (var session in sessions)
        {
            queued += session.QueuedCount;
            inflight += session.InflightCount;
        }

        return new MqttSessionQueueFigures(sessions.Length, queued, inflight);
    }
}
