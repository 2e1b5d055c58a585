using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// One step of a scene: either <see cref="Set"/> (an object of "service.property" → value, sent as
/// one command) or <see cref="Call"/> ("service.action") with its <see cref="In"/> arguments.
/// </summary>
public sealed record SceneStep(string DeviceId, JsonElement? Set = null, string? Call = null, JsonElement? In = null)
{
    [JsonIgnore]
    public SceneStepKind Kind => Call is null ? SceneStepKind.Set : SceneStepKind.Call;

    /// <summary>What the step touches: the property keys of a set (comma-separated), the action of a call.</summary>
    [JsonIgnore]
    public string Key => Set is { ValueKind: JsonValueKind.Object } values
        ? string.Join(",", values.EnumerateObject().Select(p => p.Name))
        : Call ?? "";
}
