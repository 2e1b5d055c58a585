namespace AiotHub.Automation.Automations.Triggers;

/// <summary>The home mode changed (From/To null: any).</summary>
public sealed record ModeTrigger(string Path, string? Id, string? From, string? To) : AutomationTrigger(Path, Id)
{
    public override string Kind => "mode";
}
