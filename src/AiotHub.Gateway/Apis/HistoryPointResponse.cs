using System.Text.Json;

namespace AiotHub.Gateway.Apis;

/// <summary>A raw sample (Time, Value: a number, or the JSON value for text) or a bucket (Time, Min, Max, Mean, Last, Count).</summary>
public sealed record HistoryPointResponse(
    DateTimeOffset Time, JsonElement? Value = null, double? Min = null, double? Max = null, double? Mean = null, double? Last = null, long? Count = null);
