using System.Text.Json.Serialization;

namespace AiotHub.Automation.Voice.Timers;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredAction))]
internal sealed partial class VoiceTimerJson : JsonSerializerContext;
