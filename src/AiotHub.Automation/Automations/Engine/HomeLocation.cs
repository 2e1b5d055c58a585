namespace AiotHub.Automation.Automations.Engine;

/// <summary>The home's zone and place from <see cref="AutomationEngineOptions"/>: local times for time windows and weekdays, latitude/longitude for the sun.</summary>
internal sealed class HomeLocation(TimeZoneInfo zone, double? latitude, double? longitude)
{
    public TimeZoneInfo Zone { get; } = zone;

    public double? Latitude { get; } = latitude;

    public double? Longitude { get; } = longitude;

    public bool HasSun => Latitude is not null && Longitude is not null;

    public static HomeLocation From(AutomationEngineOptions options) => new(
        options.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Local, options.Latitude, options.Longitude);

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}
