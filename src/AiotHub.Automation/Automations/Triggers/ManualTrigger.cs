namespace AiotHub.Automation.Automations.Triggers;

/// <summary>Runs only when asked (run-now from the API or the app, a voice request, another automation); every automation can be run now, this kind says it has no other trigger.</summary>
public sealed record ManualTrigger(string Path, string? Id) : AutomationTrigger(Path, Id)
{
    public override string Kind => "manual";
}
