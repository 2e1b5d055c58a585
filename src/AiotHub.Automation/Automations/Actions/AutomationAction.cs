namespace AiotHub.Automation.Automations.Actions;

/// <summary>One action with its JSON path in the definition (<c>$.actions[2].then[0]</c>).</summary>
public abstract record AutomationAction(string Path)
{
    public abstract string Kind { get; }
}
