using AiotHub.Automation.Automations;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Reads and bounds what a maker asks of a rollout; every problem with its JSON path.</summary>
internal static class RolloutRequests
{
    public const int MaxStages = 10;
    public static readonly int[] DefaultStages = [10, 50, 100];
    public static readonly TimeSpan MaxSoak = TimeSpan.FromDays(30);
    public static readonly TimeSpan MinNotBack = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxNotBack = TimeSpan.FromDays(1);

    public static (int[] Stages, TimeSpan? Soak, RolloutThresholds Thresholds) Read(CreateRolloutRequest? request, List<ProfileError> errors)
    {
        var stages = request?.Stages ?? DefaultStages;
        if (stages.Length is 0 or > MaxStages)
            errors.Add(new ProfileError("$.stages", $"1 to {MaxStages} percentages, such as [10, 50, 100]"));
        for (var i = 0; i < stages.Length && i < MaxStages; i++)
        {
            if (stages[i] is < 1 or > 100)
                errors.Add(new ProfileError($"$.stages[{i}]", "a percentage from 1 to 100"));
            else if (i > 0 && stages[i] <= stages[i - 1])
                errors.Add(new ProfileError($"$.stages[{i}]", $"each stage is larger than the one before ({stages[i - 1]})"));
        }

        TimeSpan? soak = null;
        if (request?.Soak is { } text)
        {
            if (AutomationDurations.TryParseDuration(text, allowNegative: false, out var value) && value <= MaxSoak)
                soak = value;
            else
                errors.Add(new ProfileError("$.soak", "a duration from 0s to 30d, such as \"1h\" or \"2d\""));
        }

        var t = request?.Thresholds;
        var d = RolloutThresholds.Default;
        var thresholds = new RolloutThresholds(
            Rate(t?.FailureRate, d.FailureRate, "$.thresholds.failureRate", errors),
            Rate(t?.NotBackRate, d.NotBackRate, "$.thresholds.notBackRate", errors),
            Rate(t?.CommandErrorRate, d.CommandErrorRate, "$.thresholds.commandErrorRate", errors),
            Count(t?.MinSamples, d.MinSamples, "$.thresholds.minSamples", errors),
            Count(t?.MinCommandSamples, d.MinCommandSamples, "$.thresholds.minCommandSamples", errors),
            d.NotBackWithin,
            t?.RollbackOnHalt ?? d.RollbackOnHalt);
        if (t?.NotBackWithin is { } within)
        {
            if (AutomationDurations.TryParseDuration(within, allowNegative: false, out var value) && value >= MinNotBack && value <= MaxNotBack)
                thresholds = thresholds with { NotBackWithin = value };
            else
                errors.Add(new ProfileError("$.thresholds.notBackWithin", "a duration from 10s to 1d, such as \"15m\""));
        }

        return (stages, soak, thresholds);
    }

    private static double Rate(double? value, double fallback, string path, List<ProfileError> errors)
    {
        if (value is null)
            return fallback;
        if (double.IsFinite(value.Value) && value.Value is >= 0 and <= 1)
            return value.Value;
        errors.Add(new ProfileError(path, "a rate from 0 to 1 (0.1 is 10 %)"));
        return fallback;
    }

    private static int Count(int? value, int fallback, string path, List<ProfileError> errors)
    {
        if (value is null)
            return fallback;
        if (value.Value is >= 1 and <= 100_000)
            return value.Value;
        errors.Add(new ProfileError(path, "a count from 1 to 100000"));
        return fallback;
    }
}
