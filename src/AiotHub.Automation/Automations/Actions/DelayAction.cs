namespace AiotHub.Automation.Automations.Actions;

/// <summary>Waits; the due time is kept in hub.db so the run resumes after a restart.</summary>
public sealed record DelayAction(string Path, TimeSpan Duration) : AutomationAction(Path)
{
    public override string Kind => "delay";
}
