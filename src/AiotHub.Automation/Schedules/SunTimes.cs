namespace AiotHub.Automation.Schedules;

/// <summary>
/// The sun's events on one local day, as UTC instants. An event the sun does not reach that day is null:
/// <see cref="Sunrise"/> and <see cref="Sunset"/> under <see cref="SunDaylight.AlwaysUp"/> or <see cref="SunDaylight.AlwaysDown"/>,
/// civil dawn and dusk when the sun never gets 6° below (white nights) or above −6° (deep polar night).
/// </summary>
public sealed record SunTimes(
    DateOnly Date,
    SunDaylight Daylight,
    DateTimeOffset SolarNoon,
    DateTimeOffset? Sunrise,
    DateTimeOffset? Sunset,
    DateTimeOffset? CivilDawn,
    DateTimeOffset? CivilDusk)
{
    /// <summary>The instant of <paramref name="kind"/> on this day, or null if the sun does not reach it.</summary>
    public DateTimeOffset? Get(SunEventKind kind) => kind switch
    {
        SunEventKind.Sunrise => Sunrise,
        SunEventKind.Sunset => Sunset,
        SunEventKind.SolarNoon => SolarNoon,
        SunEventKind.CivilDawn => CivilDawn,
        SunEventKind.CivilDusk => CivilDusk,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown sun event"),
    };
}
