using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Automation.Automations.Engine;

namespace AiotHub.Automation.Traces;

/// <summary>How traces and pending run states are kept in hub.db (source-generated: the assembly is AOT-compatible).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AutomationRun))]
[JsonSerializable(typeof(PendingRunState))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class AutomationTraceJson : JsonSerializerContext;
