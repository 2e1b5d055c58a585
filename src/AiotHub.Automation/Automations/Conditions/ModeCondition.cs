namespace AiotHub.Automation.Automations.Conditions;

/// <summary>The home mode is one of <see cref="In"/>.</summary>
public sealed record ModeCondition(string Path, IReadOnlyList<string> In) : AutomationCondition(Path)
{
    public override string Kind => "mode";
}
