namespace AiotHub.Automation.Automations.Conditions;

/// <summary>"and" (all hold), "or" (any holds), "not" (none holds) over nested conditions.</summary>
public sealed record LogicCondition(string Path, LogicOperator Operator, IReadOnlyList<AutomationCondition> Conditions) : AutomationCondition(Path)
{
    public override string Kind => Operator switch { LogicOperator.And => "and", LogicOperator.Or => "or", _ => "not" };
}
