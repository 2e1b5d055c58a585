using System.Text.Json.Serialization;

namespace AiotHub.Core.Events;

/// <summary>
/// The payload of a <see cref="HomeEvent"/>: one sealed record per event type, named by its
/// <see cref="HomeEventTypeAttribute"/>, so an event's type is its payload's and a raiser cannot pair
/// a payload with the wrong type. The records are the one list of event types (<see cref="HomeEventTypes.In"/>).
/// </summary>
public abstract record HomeEventData
{
    protected HomeEventData() => Type = HomeEventTypes.Of(GetType());

    /// <summary>The event type ("property-changed" …): on the wire the event's "type" (and SSE "event:"), not part of "data".</summary>
    [JsonIgnore]
    public string Type { get; }
}
