using System.Text.Json;

namespace AiotHub.Gateway.Apis;

/// <summary>A taught device action, as a scene step: <c>set</c> property values, or <c>call</c> an action with <c>in</c> arguments.</summary>
internal sealed record TeachDeviceRequest(string? DeviceId, JsonElement? Set, string? Call, JsonElement? In);
