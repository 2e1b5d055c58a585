using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Automations.Triggers;

/// <summary>A recurring schedule as a cron expression (docs/automations.md "Cron dialect"), in the home's zone.</summary>
public sealed record ScheduleTrigger(string Path, string? Id, string Expression, CronSchedule Schedule) : AutomationTrigger(Path, Id)
{
    public override string Kind => "schedule";
}
