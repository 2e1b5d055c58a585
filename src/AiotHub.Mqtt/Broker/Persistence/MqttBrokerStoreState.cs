namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Everything the store holds, as plain objects for the broker to rebuild itself from.</summary>
public sealed class MqttBrokerStoreState
{
    internal MqttBrokerStoreState(
        IReadOnlyDictionary<string, MqttApplicationMessage> retainedMessages,
        IReadOnlyDictionary<string, MqttStoredSession> sessions,
        IReadOnlyList<string> unreadableRetainedTopics)
    {
        RetainedMessages = retainedMessages;
        Sessions = sessions;
        UnreadableRetainedTopics = unreadableRetainedTopics;
    }

    /// <summary>Retained messages by topic.</summary>
    public IReadOnlyDictionary<string, MqttApplicationMessage> RetainedMessages { get; }

    /// <summary>Persistent sessions by client id.</summary>
    public IReadOnlyDictionary<string, MqttStoredSession> Sessions { get; }

    /// <summary>
    /// Topics whose stored retained message could not be decoded (left out of <see cref="RetainedMessages"/>);
    /// the broker clears them (<see cref="MqttBrokerStore.ClearRetainedAsync"/>).
    /// </summary>
    public IReadOnlyList<string> UnreadableRetainedTopics { get; }
}
