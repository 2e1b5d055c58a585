using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Automations.Conditions;

/// <summary>
/// The sun: after an event (with offset) and/or before one, as HA's sun condition — "after sunset,
/// before sunrise" is the night; and/or the sun's elevation above/below a number of degrees.
/// </summary>
public sealed record SunCondition(
    string Path,
    SunEventKind? After,
    TimeSpan AfterOffset,
    SunEventKind? Before,
    TimeSpan BeforeOffset,
    double? ElevationAbove,
    double? ElevationBelow) : AutomationCondition(Path)
{
    public override string Kind => "sun";
}
