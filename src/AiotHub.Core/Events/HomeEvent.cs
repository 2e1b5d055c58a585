namespace AiotHub.Core.Events;

/// <summary>
/// One change in a home, as the live feed delivers it. <see cref="Id"/> increases by one per event
/// across the whole hub (so a client resumes with the last id it saw); <see cref="Type"/> is one of
/// <see cref="HomeEventTypes"/> or a later addition, <see cref="Data"/> its type-specific payload.
/// </summary>
public sealed record HomeEvent(long Id, string HomeId, string Type, DateTimeOffset Time, string? DeviceId, object Data);
