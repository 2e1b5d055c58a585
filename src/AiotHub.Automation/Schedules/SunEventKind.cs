namespace AiotHub.Automation.Schedules;

/// <summary>The daily sun events a trigger can follow.</summary>
public enum SunEventKind
{
    /// <summary>Upper limb on the horizon, with standard refraction: the centre at −0.833°.</summary>
    Sunrise,

    /// <summary>Upper limb on the horizon in the evening (−0.833°).</summary>
    Sunset,

    /// <summary>The sun on the meridian: its highest point of the day.</summary>
    SolarNoon,

    /// <summary>Morning civil twilight begins: the centre at −6°.</summary>
    CivilDawn,

    /// <summary>Evening civil twilight ends: the centre at −6°.</summary>
    CivilDusk,
}
