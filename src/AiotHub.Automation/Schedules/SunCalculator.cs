namespace AiotHub.Automation.Schedules;

/// <summary>
/// Sunrise, sunset, solar noon, civil twilight and the sun's position, computed locally from latitude and longitude
/// with NOAA's algorithm (https://gml.noaa.gov/grad/solcalc/calcdetails.html, after Meeus, "Astronomical Algorithms"),
/// good to about a minute between ±72° latitude and within a few minutes beyond.
/// </summary>
/// <remarks>
/// Latitude is degrees north (south negative), longitude degrees east (west negative). A "date" is the local calendar
/// day at that longitude (the solar day whose noon is near 12:00 − longitude/15 h UTC), so Beijing's sunrise on
/// 1 July is at 20:49 UTC on 30 June. All results are UTC instants; convert with the home's time zone to display.
/// </remarks>
public static class SunCalculator
{
    // Upper limb on the horizon: 16' semi-diameter + 34' standard refraction (NOAA uses 90.833° zenith).
    private const double HorizonAltitude = -0.833;
    private const double CivilAltitude = -6.0;
    private const double JulianDayOfDateTimeZero = 1721425.5;
    private const int MaxSearchDays = 370;

    /// <summary>The sun's events on the local <paramref name="date"/> at a place.</summary>
    public static SunTimes GetTimes(DateOnly date, double latitude, double longitude)
    {
        Validate(latitude, longitude);
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var noon = Refine(midnight, longitude, 0);
        var (declination, _) = Orbit(noon);
        var horizon = HourAngle(latitude, declination, HorizonAltitude);
        var civil = HourAngle(latitude, declination, CivilAltitude);
        var daylight = double.IsNaN(horizon)
            ? (AltitudeAtNoon(latitude, declination) > HorizonAltitude ? SunDaylight.AlwaysUp : SunDaylight.AlwaysDown)
            : SunDaylight.RisesAndSets;

        return new SunTimes(
            date,
            daylight,
            ToOffset(noon),
            daylight == SunDaylight.RisesAndSets ? Event(midnight, latitude, longitude, HorizonAltitude, morning: true) : null,
            daylight == SunDaylight.RisesAndSets ? Event(midnight, latitude, longitude, HorizonAltitude, morning: false) : null,
            double.IsNaN(civil) ? null : Event(midnight, latitude, longitude, CivilAltitude, morning: true),
            double.IsNaN(civil) ? null : Event(midnight, latitude, longitude, CivilAltitude, morning: false));
    }

    /// <summary>The sun's elevation and azimuth seen from a place at an instant.</summary>
    public static SunPosition GetPosition(DateTimeOffset instant, double latitude, double longitude)
    {
        Validate(latitude, longitude);
        var utc = instant.UtcDateTime;
        var (declination, equationOfTime) = Orbit(utc);
        var trueSolarMinutes = Mod(utc.TimeOfDay.TotalMinutes + equationOfTime + (4 * longitude), 1440);
        var hourAngle = (trueSolarMinutes / 4) - 180;

        var lat = Radians(latitude);
        var dec = Radians(declination);
        var cosZenith = Math.Clamp((Math.Sin(lat) * Math.Sin(dec)) + (Math.Cos(lat) * Math.Cos(dec) * Math.Cos(Radians(hourAngle))), -1, 1);
        var zenith = Math.Acos(cosZenith);
        var elevation = 90 - Degrees(zenith);

        var denominator = Math.Cos(lat) * Math.Sin(zenith);
        double azimuth;
        if (Math.Abs(denominator) < 1e-12)
        {
            // At a pole or with the sun in the zenith the azimuth is undefined; report due south/north by hemisphere.
            azimuth = latitude >= 0 ? 180 : 0;
        }
        else
        {
            var a = Degrees(Math.Acos(Math.Clamp(((Math.Sin(lat) * cosZenith) - Math.Sin(dec)) / denominator, -1, 1)));
            azimuth = hourAngle > 0 ? Mod(a + 180, 360) : Mod(540 - a, 360);
        }

        return new SunPosition(elevation + Refraction(elevation), azimuth);
    }

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> that is <paramref name="kind"/> plus
    /// <paramref name="offset"/> (negative for "30 minutes before sunset"); days on which the sun does not reach the
    /// event (polar day or night) are passed over. Null if no such day comes within a year (only at the poles).
    /// </summary>
    public static DateTimeOffset? NextSunEvent(SunEventKind kind, TimeSpan offset, DateTimeOffset after, double latitude, double longitude)
    {
        Validate(latitude, longitude);
        var localSolar = (after - offset).UtcDateTime.AddHours(longitude / 15);
        var day = DateOnly.FromDateTime(localSolar).AddDays(-1);
        for (var i = 0; i <= MaxSearchDays; i++, day = day.AddDays(1))
        {
            if (GetTimes(day, latitude, longitude).Get(kind) is { } at && at + offset > after)
            {
                return at + offset;
            }
        }

        return null;
    }

    /// <summary>
    /// One rise/set-type event, refined by recomputing the sun's orbit at the estimate. Whether the event happens at all
    /// is decided once, at solar noon (as NOAA does), so that a day near the polar limits reports consistently.
    /// </summary>
    private static DateTimeOffset Event(DateTime midnight, double latitude, double longitude, double altitude, bool morning)
    {
        var estimate = Refine(midnight, longitude, 0);
        for (var i = 0; i < 4; i++)
        {
            var (declination, _) = Orbit(estimate);
            var hourAngle = HourAngle(latitude, declination, altitude);
            if (double.IsNaN(hourAngle))
            {
                break;
            }

            estimate = Refine(midnight, longitude, morning ? hourAngle : -hourAngle);
        }

        return ToOffset(estimate);
    }

    /// <summary>
    /// NOAA: event time (minutes after 00:00 UTC) = 720 − 4·(longitude + hour angle) − equation of time, where the
    /// equation of time is taken at the event itself (two passes converge to well under a second).
    /// </summary>
    private static DateTime Refine(DateTime midnight, double longitude, double hourAngle)
    {
        var at = midnight.AddMinutes(720 - (4 * (longitude + hourAngle)));
        for (var i = 0; i < 2; i++)
        {
            var (_, equationOfTime) = Orbit(at);
            at = midnight.AddMinutes(720 - (4 * (longitude + hourAngle)) - equationOfTime);
        }

        return at;
    }

    /// <summary>The hour angle (degrees) at which the sun's centre is at <paramref name="altitude"/>, or NaN if it never is.</summary>
    private static double HourAngle(double latitude, double declination, double altitude)
    {
        var lat = Radians(latitude);
        var dec = Radians(declination);
        var cos = (Math.Sin(Radians(altitude)) - (Math.Sin(lat) * Math.Sin(dec))) / (Math.Cos(lat) * Math.Cos(dec));
        return cos is < -1 or > 1 || double.IsNaN(cos) ? double.NaN : Degrees(Math.Acos(cos));
    }

    private static double AltitudeAtNoon(double latitude, double declination) => 90 - Math.Abs(latitude - declination);

    /// <summary>The sun's declination (degrees) and the equation of time (minutes) at an instant: NOAA's spreadsheet, columns G–V.</summary>
    private static (double Declination, double EquationOfTime) Orbit(DateTime utc)
    {
        var julianDay = (utc.Ticks / (double)TimeSpan.TicksPerDay) + JulianDayOfDateTimeZero;
        var t = (julianDay - 2451545) / 36525;
        var meanLongitude = Mod(280.46646 + (t * (36000.76983 + (t * 0.0003032))), 360);
        var meanAnomaly = 357.52911 + (t * (35999.05029 - (0.0001537 * t)));
        var eccentricity = 0.016708634 - (t * (0.000042037 + (0.0000001267 * t)));
        var m = Radians(meanAnomaly);
        var equationOfCentre = (Math.Sin(m) * (1.914602 - (t * (0.004817 + (0.000014 * t)))))
            + (Math.Sin(2 * m) * (0.019993 - (0.000101 * t)))
            + (Math.Sin(3 * m) * 0.000289);
        var omega = Radians(125.04 - (1934.136 * t));
        var apparentLongitude = meanLongitude + equationOfCentre - 0.00569 - (0.00478 * Math.Sin(omega));
        var meanObliquity = 23 + ((26 + ((21.448 - (t * (46.815 + (t * (0.00059 - (t * 0.001813)))))) / 60)) / 60);
        var obliquity = Radians(meanObliquity + (0.00256 * Math.Cos(omega)));
        var declination = Degrees(Math.Asin(Math.Sin(obliquity) * Math.Sin(Radians(apparentLongitude))));

        var y = Math.Tan(obliquity / 2) * Math.Tan(obliquity / 2);
        var l0 = Radians(meanLongitude);
        var equationOfTime = 4 * Degrees(
            (y * Math.Sin(2 * l0))
            - (2 * eccentricity * Math.Sin(m))
            + (4 * eccentricity * y * Math.Sin(m) * Math.Cos(2 * l0))
            - (0.5 * y * y * Math.Sin(4 * l0))
            - (1.25 * eccentricity * eccentricity * Math.Sin(2 * m)));
        return (declination, equationOfTime);
    }

    /// <summary>NOAA's approximate atmospheric refraction (degrees) for a true elevation.</summary>
    private static double Refraction(double elevation)
    {
        if (elevation > 85)
        {
            return 0;
        }

        var tan = Math.Tan(Radians(elevation));
        var arcSeconds = elevation switch
        {
            > 5 => (58.1 / tan) - (0.07 / Math.Pow(tan, 3)) + (0.000086 / Math.Pow(tan, 5)),
            > -0.575 => 1735 + (elevation * (-518.2 + (elevation * (103.4 + (elevation * (-12.79 + (elevation * 0.711))))))),
            _ => -20.772 / tan,
        };
        return arcSeconds / 3600;
    }

    private static DateTimeOffset ToOffset(DateTime utc) =>
        new(new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));

    private static void Validate(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "latitude must be between -90 and 90 degrees");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "longitude must be between -180 and 180 degrees");
        }
    }

    private static double Mod(double value, double modulus) => ((value % modulus) + modulus) % modulus;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
