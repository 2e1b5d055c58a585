using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Automation.Automations;

/// <summary>How automation definitions are kept in hub.db (source-generated: the project is AOT-compatible).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AutomationRecord))]
internal sealed partial class AutomationJson : JsonSerializerContext;
