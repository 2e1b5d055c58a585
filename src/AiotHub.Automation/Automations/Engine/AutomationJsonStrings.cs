using System.Text.Json.Serialization;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Source-generated JSON for the few plain values the engine writes (AOT-compatible).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class AutomationJsonStrings : JsonSerializerContext;
