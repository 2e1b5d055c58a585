using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>One side of a twin entry: a value (a standalone JSON element) and when it was reported or asked for.</summary>
public sealed record TwinValue(JsonElement Value, DateTimeOffset Timestamp);
