using System.Text.Json.Serialization;

namespace AiotHub.Core.Activity;

/// <summary>Source-generated serialisation of the few plain values the recorder writes (a mode, an availability).</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
