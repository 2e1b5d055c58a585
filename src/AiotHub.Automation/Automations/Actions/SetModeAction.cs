namespace AiotHub.Automation.Automations.Actions;

/// <summary>Sets the home mode (home, away, sleep).</summary>
public sealed record SetModeAction(string Path, string Mode) : AutomationAction(Path)
{
    public override string Kind => "mode";
}
