namespace AiotHub.Automation.Automations.Conditions;

/// <summary>The run was started by a trigger whose id is one of <see cref="Ids"/> ("started" vs "stopped" in one automation).</summary>
public sealed record TriggerCondition(string Path, IReadOnlyList<string> Ids) : AutomationCondition(Path)
{
    public override string Kind => "trigger";
}
