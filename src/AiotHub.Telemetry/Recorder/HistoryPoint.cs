namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// One point of a history: a raw sample (Count 1, Min = Max = Mean = Last = the value; Text for
/// non-numeric values) or a bucket starting at <see cref="Time"/> with its min, max, mean, last and count.
/// </summary>
public sealed record HistoryPoint(DateTimeOffset Time, double? Min, double? Max, double? Mean, double? Last, long Count, string? Text = null);
