using System.Text.Json;

namespace AiotHub.Automation.Scenes;

/// <summary>One property a scene sets: its current reported value (null if never reported), the target, and whether they differ.</summary>
public sealed record ScenePreviewChange(string DeviceId, string Key, JsonElement? Current, JsonElement Target, bool Changes);
