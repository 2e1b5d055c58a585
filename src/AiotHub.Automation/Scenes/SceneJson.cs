using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Automation.Scenes;

/// <summary>How scenes and runs are kept in hub.db (source-generated: Core is AOT-compatible).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Scene))]
[JsonSerializable(typeof(SceneRun))]
internal sealed partial class SceneJson : JsonSerializerContext;
