using System.Globalization;
using AiotHub.Automation.Automations;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// Checks Automations:Limits at start, with a message naming each key that is out of its range. The ranges keep a
/// limit meaningful (at least one of everything) and within what the hub can carry out (a run's timer, a trace that
/// holds its own marker); the defaults and why are in docs/automations.md "Limits".
/// </summary>
internal sealed class AutomationLimitsValidator : IValidateOptions<AutomationLimits>
{
    public ValidateOptionsResult Validate(string? name, AutomationLimits options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.StepsPerAutomation), options.StepsPerAutomation, 1, 100_000);
        Check(failures, nameof(options.ConcurrentRunsPerAutomation), options.ConcurrentRunsPerAutomation, 1, 10_000);
        Check(failures, nameof(options.ConcurrentRunsPerHome), options.ConcurrentRunsPerHome, 1, 100_000);
        Check(failures, nameof(options.AutomationsPerHome), options.AutomationsPerHome, 1, 100_000);
        Check(failures, nameof(options.AutomationsPerImport), options.AutomationsPerImport, 1, 100_000);
        Check(failures, nameof(options.ImportBytes), options.ImportBytes, 1024, 256L * 1024 * 1024);
        Check(failures, nameof(options.TraceSteps), options.TraceSteps, 10, 1_000_000);
        Check(failures, nameof(options.TraceBytes), options.TraceBytes, 4096, 64 * 1024 * 1024);
        Check(failures, nameof(options.TraceBytesPerHome), options.TraceBytesPerHome, options.TraceBytes, 16L * 1024 * 1024 * 1024);
        Check(failures, nameof(options.ScheduledRunsPerMinute), options.ScheduledRunsPerMinute, 1, 1_000_000);
        // A run's deadline is a timer: at most ~49 days; a schedule's shortest gap is at least a second.
        Check(failures, nameof(options.RunDuration), options.RunDuration, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30));
        Check(failures, nameof(options.MinScheduleInterval), options.MinScheduleInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(List<string> failures, string name, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{AutomationLimits.Key(name)} is {value}; it must be between {min} and {max}."));
    }
}
