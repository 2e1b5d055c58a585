namespace AiotHub.Automation.Schedules;

/// <summary>
/// Where the sun appears at an instant: <paramref name="Elevation"/> in degrees above the horizon (refraction included,
/// negative below), <paramref name="Azimuth"/> in degrees clockwise from true north (90 = east).
/// </summary>
public readonly record struct SunPosition(double Elevation, double Azimuth);
