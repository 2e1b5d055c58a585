using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Automations.Triggers;

/// <summary>A sun event at the home's latitude/longitude plus an offset ("-30m": half an hour before).</summary>
public sealed record SunTrigger(string Path, string? Id, SunEventKind Event, TimeSpan Offset) : AutomationTrigger(Path, Id)
{
    public override string Kind => "sun";
}
