using System.Globalization;
using AiotHub.Automation.Automations;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// Checks the "Automations" section, bound straight into <see cref="AutomationEngineOptions"/>, at start; each message
/// names its key. Automations:Limits has its own validator (<see cref="AutomationLimitsValidator"/>).
/// </summary>
internal sealed class AutomationEngineOptionsValidator : IValidateOptions<AutomationEngineOptions>
{
    public const string SectionName = "Automations";

    public ValidateOptionsResult Validate(string? name, AutomationEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Fail(FormattableString message) => failures.Add(message.ToString(CultureInfo.InvariantCulture));

        if (options.Latitude is { } latitude && (double.IsNaN(latitude) || latitude is < -90 or > 90))
            Fail($"Automations:Latitude is {latitude}; it must be between -90 and 90 (degrees north).");
        if (options.Longitude is { } longitude && (double.IsNaN(longitude) || longitude is < -180 or > 180))
            Fail($"Automations:Longitude is {longitude}; it must be between -180 and 180 (degrees east).");
        if (options.Latitude is null != options.Longitude is null)
            Fail($"Automations:Latitude and Automations:Longitude go together: set both or neither.");
        if (options.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            Fail($"Automations:TimeZone '{zone}' is not a time zone this machine knows (an IANA id such as Europe/Berlin).");
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.RunsPerAutomation)}", options.RunsPerAutomation, 1, 10_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.FailedRunsPerAutomation)}", options.FailedRunsPerAutomation, 1, 10_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.RunRetention)}", options.RunRetention, TimeSpan.FromSeconds(1), TimeSpan.FromDays(3650));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.FailedRunRetention)}", options.FailedRunRetention, TimeSpan.FromSeconds(1), TimeSpan.FromDays(3650));
        // Loop protection and the resume grace are timers and counters of the engine: at least something, at most a day.
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.LoopLimit)}", options.LoopLimit, 1, 10_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.LoopWindow)}", options.LoopWindow, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.CausalityWindow)}", options.CausalityWindow, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.ResumeGrace)}", options.ResumeGrace, TimeSpan.Zero, TimeSpan.FromDays(1));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxQueuedEvents)}", options.MaxQueuedEvents, 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
