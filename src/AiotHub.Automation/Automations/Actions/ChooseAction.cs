namespace AiotHub.Automation.Automations.Actions;

/// <summary>Runs the actions of the first option whose conditions all hold, else <see cref="Default"/>.</summary>
public sealed record ChooseAction(string Path, IReadOnlyList<ChooseOption> Options, IReadOnlyList<AutomationAction> Default) : AutomationAction(Path)
{
    public override string Kind => "choose";
}
