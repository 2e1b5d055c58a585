using System.Text.Json;

namespace AiotHub.Automation.Voice;

/// <summary>
/// One command the engine plans for a device: a property and its value (<c>{"device","property","value"}</c>), or a
/// profile action with its arguments. Validated against the profile before it is planned; sent by Execute.
/// </summary>
public sealed record VoiceStep(string DeviceId, string? Property = null, JsonElement? Value = null, string? Action = null, JsonElement? Arguments = null);
