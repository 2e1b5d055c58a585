namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Everything the store holds, as plain objects for the broker to rebuild itself from.</summary>
public sealed class MqttBrokerStoreState
{
    internal MqttBrokerStoreState(
        IReadOnlyDictionary<string, MqttApplicationMessage> retainedMessages,
        IReadOnlyDictionary<string, MqttStoredSession> sessions)
    {
        RetainedMessages = retainedMessages;
        Sessions = sessions;
    }

    /// <summary>Retained messages by topic.</summary>
    public IReadOnlyDictionary<string, MqttApplicationMessage> RetainedMessages { get; }

    /// <summary>Persistent sessions by client id.</summary>
    public IReadOnlyDictionary<string, MqttStoredSession> Sessions { get; }
}
