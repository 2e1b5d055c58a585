namespace AiotHub.Automation.Schedules;

/// <summary>Whether the sun rises and sets on a day, or stays up or down all day (beyond the polar circles).</summary>
public enum SunDaylight
{
    /// <summary>The sun rises and sets.</summary>
    RisesAndSets,

    /// <summary>Midnight sun: the sun stays above the horizon all day, so there is no sunrise or sunset.</summary>
    AlwaysUp,

    /// <summary>Polar night: the sun stays below the horizon all day, so there is no sunrise or sunset.</summary>
    AlwaysDown,
}
