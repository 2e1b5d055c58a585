using System.Text.Json;

namespace AiotHub.Automation.Scenes;

/// <summary>One action a scene calls, with its arguments.</summary>
public sealed record ScenePreviewCall(string DeviceId, string Action, JsonElement? In);
