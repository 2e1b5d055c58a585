namespace AiotHub.Mqtt.Broker;

/// <summary>How often one client id was taken over lately (<see cref="MqttBroker"/>'s takeover guard); timestamps from <see cref="TimeProvider.GetTimestamp"/>.</summary>
internal struct MqttTakeoverRecord
{
    /// <summary>When the current window began: the first takeover counted in it.</summary>
    public long WindowStart;

    /// <summary>Takeovers allowed in the current window.</summary>
    public int Count;

    /// <summary>When further takeovers began to be refused; 0 while they are not.</summary>
    public long BlockedSince;
}
