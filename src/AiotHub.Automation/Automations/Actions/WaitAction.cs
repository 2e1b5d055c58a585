using AiotHub.Automation.Automations.Triggers;

namespace AiotHub.Automation.Automations.Actions;

/// <summary>Waits until one of the triggers fires or the timeout passes; on timeout the run goes on when <see cref="ContinueOnTimeout"/>, else fails.</summary>
public sealed record WaitAction(string Path, IReadOnlyList<AutomationTrigger> Triggers, TimeSpan Timeout, bool ContinueOnTimeout) : AutomationAction(Path)
{
    public override string Kind => "wait";
}
