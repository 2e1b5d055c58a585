namespace AiotHub.Core.Profiles;

/// <summary>Step arithmetic shared by the profile rules and value checks.</summary>
internal static class ValueSteps
{
    /// <summary>Floats like 0.1 are not exact, so "whole" allows a relative error far below any real step.</summary>
    public static bool IsWhole(double k) => Math.Abs(k - Math.Round(k)) <= 1e-6 * Math.Max(1, Math.Abs(k));

    public static bool IsOnStep(double value, ValueRange range) => IsWhole((value - range.Min) / range.Step);
}
