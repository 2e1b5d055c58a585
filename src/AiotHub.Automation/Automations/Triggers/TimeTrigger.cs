namespace AiotHub.Automation.Automations.Triggers;

/// <summary>Times of day in the home's zone ("07:30", "22:15:30"), on the given weekdays (null: every day).</summary>
public sealed record TimeTrigger(string Path, string? Id, IReadOnlyList<TimeOnly> At, IReadOnlySet<DayOfWeek>? Weekdays) : AutomationTrigger(Path, Id)
{
    public override string Kind => "time";
}
