namespace AiotHub.Automation.Automations.Triggers;

/// <summary>One trigger: its JSON path in the definition (<c>$.triggers[0]</c>) and its optional id, which conditions of kind "trigger" test.</summary>
public abstract record AutomationTrigger(string Path, string? Id)
{
    /// <summary>The kind as written in JSON ("property", "event", …).</summary>
    public abstract string Kind { get; }
}
