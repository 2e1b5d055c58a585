namespace AiotHub.Automation.Automations.Conditions;

/// <summary>
/// A window of the day in the home's zone, After inclusive and Before exclusive; a window that
/// crosses midnight ("22:00"–"06:00") holds on either side. Weekdays (null: any) are those of the
/// window's start: 23:00–01:00 on Friday includes Saturday 00:30.
/// </summary>
public sealed record TimeCondition(string Path, TimeOnly? After, TimeOnly? Before, IReadOnlySet<DayOfWeek>? Weekdays) : AutomationCondition(Path)
{
    public override string Kind => "time";
}
