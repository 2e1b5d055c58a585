namespace AiotHub.Core.Profiles;

/// <summary>MIoT's value-range [min, max, step]: a value is min + k·step for a whole k, up to max.</summary>
public sealed record ValueRange(double Min, double Max, double Step);
