namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// What a state mutation did. Replay ignores everything but <see cref="Applied"/>; the live API
/// journals only applied changes and turns the failures into exceptions for the caller's bug.
/// </summary>
internal enum StoreChange
{
    Applied,
    Unchanged,
    UnknownSession,
    UnknownMessage,
    Conflict,
}
