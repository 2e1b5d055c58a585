using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// The "Automations" configuration section: where the home is (for sun triggers and conditions),
/// its time zone, how many runs are kept and for how long, and how often one webhook may be called.
/// </summary>
public sealed class AutomationsOptions : IValidatableObject
{
    public const string SectionName = "Automations";

    /// <summary>Degrees north (−90..90); with <see cref="Longitude"/> unset, sun triggers and conditions are unavailable.</summary>
    public double? Latitude { get; set; }

    /// <summary>Degrees east (−180..180).</summary>
    public double? Longitude { get; set; }

    /// <summary>IANA or Windows time-zone id; null is the machine's zone.</summary>
    public string? TimeZone { get; set; }

    public int RunsPerAutomation { get; set; } = 20;

    public int FailedRunsPerAutomation { get; set; } = 50;

    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan FailedRunRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Calls one webhook may take at once (a token bucket per hook id, on top of the API's per-address limit).</summary>
    public int HookBurst { get; set; } = 10;

    /// <summary>Calls per minute one webhook is refilled with.</summary>
    public int HookPerMinute { get; set; } = 30;

    public AutomationEngineOptions ToEngineOptions() => new()
    {
        Latitude = Latitude,
        Longitude = Longitude,
        TimeZone = TimeZone,
        RunsPerAutomation = RunsPerAutomation,
        FailedRunsPerAutomation = FailedRunsPerAutomation,
        RunRetention = RunRetention,
        FailedRunRetention = FailedRunRetention,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude is { } latitude && (double.IsNaN(latitude) || latitude is < -90 or > 90))
            yield return Error($"Automations:Latitude is {latitude}; it must be between -90 and 90 (degrees north).", nameof(Latitude));
        if (Longitude is { } longitude && (double.IsNaN(longitude) || longitude is < -180 or > 180))
            yield return Error($"Automations:Longitude is {longitude}; it must be between -180 and 180 (degrees east).", nameof(Longitude));
        if (Latitude is null != Longitude is null)
            yield return Error("Automations:Latitude and Automations:Longitude go together: set both or neither.", nameof(Latitude));
        if (TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            yield return Error($"Automations:TimeZone '{zone}' is not a time zone this machine knows (an IANA id such as Europe/Berlin).", nameof(TimeZone));
        if (RunsPerAutomation is < 1 or > 10_000)
            yield return Error("Automations:RunsPerAutomation must be between 1 and 10000.", nameof(RunsPerAutomation));
        if (FailedRunsPerAutomation is < 1 or > 10_000)
            yield return Error("Automations:FailedRunsPerAutomation must be between 1 and 10000.", nameof(FailedRunsPerAutomation));
        if (RunRetention <= TimeSpan.Zero)
            yield return Error($"Automations:RunRetention is {RunRetention}; it must be positive.", nameof(RunRetention));
        if (FailedRunRetention <= TimeSpan.Zero)
            yield return Error($"Automations:FailedRunRetention is {FailedRunRetention}; it must be positive.", nameof(FailedRunRetention));
        if (HookBurst is < 1 or > 10_000)
            yield return Error("Automations:HookBurst must be between 1 and 10000.", nameof(HookBurst));
        if (HookPerMinute is < 1 or > 60_000)
            yield return Error("Automations:HookPerMinute must be between 1 and 60000.", nameof(HookPerMinute));
    }

    private static ValidationResult Error(FormattableString message, string member) =>
        new(message.ToString(CultureInfo.InvariantCulture), [member]);

    private static ValidationResult Error(string message, string member) => new(message, [member]);
}
