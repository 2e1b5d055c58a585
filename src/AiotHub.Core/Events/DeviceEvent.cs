using System.Text.Json;

namespace AiotHub.Core.Events;

/// <summary>device-event: a device raised an event; the "service.event" key and its arguments by name.</summary>
[HomeEventType("device-event")]
public sealed record DeviceEvent(string Key, JsonElement Arguments) : HomeEventData;
