namespace AiotHub.Automation.Automations.Conditions;

/// <summary>One condition with its JSON path in the definition (<c>$.conditions[1]</c>).</summary>
public abstract record AutomationCondition(string Path)
{
    public abstract string Kind { get; }
}
