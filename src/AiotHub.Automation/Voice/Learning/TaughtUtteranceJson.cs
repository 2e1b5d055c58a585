using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>How taught utterances are kept in hub.db (source-generated: Automation is AOT-compatible).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TaughtUtterance))]
internal sealed partial class TaughtUtteranceJson : JsonSerializerContext;
