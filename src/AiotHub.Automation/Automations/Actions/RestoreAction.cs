namespace AiotHub.Automation.Automations.Actions;

/// <summary>Sets the devices back to what the named snapshot saved ("restore the lights when the film stops"); nothing saved under the name is a failed step.</summary>
public sealed record RestoreAction(string Path, string Name) : AutomationAction(Path)
{
    public override string Kind => "restore";
}
