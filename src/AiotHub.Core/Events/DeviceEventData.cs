using System.Text.Json;

namespace AiotHub.Core.Events;

/// <summary>Data of device-event: the "service.event" key and its arguments by name.</summary>
public sealed record DeviceEventData(string Key, JsonElement Arguments);
