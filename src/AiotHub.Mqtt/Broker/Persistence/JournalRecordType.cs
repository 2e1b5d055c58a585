namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// The first byte of every journal record. Snapshots use the same records as the log, so one
/// replay routine rebuilds state from either. Values are on disk: never renumber, only add.
/// </summary>
internal enum JournalRecordType : byte
{
    /// <summary>Opens a snapshot: next message id.</summary>
    SnapshotBegin = 1,

    /// <summary>Closes a snapshot; a snapshot without it is incomplete.</summary>
    SnapshotEnd = 2,

    /// <summary>Message body (its topic is inside).</summary>
    RetainSet = 10,

    /// <summary>Topic.</summary>
    RetainClear = 11,

    /// <summary>Client id, flags (new, has deadline), protocol version, expiry interval, [deadline].</summary>
    SessionSet = 20,

    /// <summary>Client id.</summary>
    SessionRemove = 21,

    /// <summary>Client id, filter, option bits, subscription identifier.</summary>
    SubscriptionSet = 22,

    /// <summary>Client id, filter.</summary>
    SubscriptionRemove = 23,

    /// <summary>Message id, message body; stored once however many sessions queue it.</summary>
    MessageAdd = 30,

    /// <summary>Client id, message id, QoS granted to this session.</summary>
    Enqueue = 31,

    /// <summary>Client id, message id, packet id: PUBLISH sent, awaiting PUBACK or PUBREC.</summary>
    Sent = 32,

    /// <summary>Client id, packet id: PUBREC received, PUBREL sent, awaiting PUBCOMP.</summary>
    Released = 33,

    /// <summary>Client id, packet id: PUBACK or PUBCOMP received; the entry is gone.</summary>
    Acknowledge = 34,

    /// <summary>Client id, message id: removed without delivery (expired, dropped).</summary>
    Discard = 35,

    /// <summary>Client id, packet id: inbound QoS 2 PUBLISH received, PUBREC sent.</summary>
    InboundReceived = 40,

    /// <summary>Client id, packet id: inbound PUBREL received, PUBCOMP sent.</summary>
    InboundReleased = 41,
}
