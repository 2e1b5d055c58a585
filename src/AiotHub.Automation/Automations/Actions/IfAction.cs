using AiotHub.Automation.Automations.Conditions;

namespace AiotHub.Automation.Automations.Actions;

/// <summary>Runs <see cref="Then"/> when all conditions hold, else <see cref="Else"/>.</summary>
public sealed record IfAction(string Path, IReadOnlyList<AutomationCondition> Conditions, IReadOnlyList<AutomationAction> Then, IReadOnlyList<AutomationAction> Else) : AutomationAction(Path)
{
    public override string Kind => "if";
}
