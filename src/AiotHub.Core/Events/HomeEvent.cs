using System.Text.Json.Serialization;

namespace AiotHub.Core.Events;

/// <summary>
/// One change in a home, as the live feed delivers it. <see cref="Id"/> increases by one per event
/// across the whole hub (so a client resumes with the last id it saw); <see cref="Data"/> is the
/// type's record and <see cref="Type"/> its name. Serialised as {id, homeId, type, time, deviceId, data}
/// in this order (docs/api.md "Live events"; HomeEventJsonTests pins it).
/// </summary>
public sealed record HomeEvent
{
    public HomeEvent(long id, string homeId, DateTimeOffset time, string? deviceId, HomeEventData data)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        ArgumentNullException.ThrowIfNull(data);
        Id = id;
        HomeId = homeId;
        Time = time;
        DeviceId = deviceId;
        Data = data;
    }

    public long Id { get; }

    public string HomeId { get; }

    /// <summary>The event type: <see cref="HomeEventData.Type"/> of <see cref="Data"/>.</summary>
    public string Type => Data.Type;

    public DateTimeOffset Time { get; }

    public string? DeviceId { get; }

    [JsonConverter(typeof(HomeEventDataJsonConverter))]
    public HomeEventData Data { get; }
}
