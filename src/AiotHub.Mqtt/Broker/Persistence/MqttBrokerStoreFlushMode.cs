namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>How far a batch is pushed before its appenders are told it is durable.</summary>
public enum MqttBrokerStoreFlushMode
{
    /// <summary>
    /// write() then fsync per batch: acknowledged records survive a process kill, an OS crash and
    /// a power loss (given a disk that honours flushes).
    /// </summary>
    Always = 0,

    /// <summary>
    /// write() per batch, no fsync: acknowledged records are in the OS page cache, so they survive
    /// <c>kill -9</c> and broker crashes but not an OS crash or power loss. Much cheaper on disks
    /// with slow flushes.
    /// </summary>
    OsBuffered = 1,
}
