using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>A valid event from a device, keyed "service.event", its arguments by name.</summary>
public sealed record DeviceEventMessage(string DeviceId, string Key, JsonElement Arguments, DateTimeOffset Timestamp);
