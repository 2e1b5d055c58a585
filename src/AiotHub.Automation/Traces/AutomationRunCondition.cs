namespace AiotHub.Automation.Traces;

/// <summary>One condition's result, with its JSON path in the definition (<c>$.conditions[1].conditions[0]</c>) and a sentence saying what was compared.</summary>
public sealed record AutomationRunCondition(string Path, string Kind, bool Result, string Description);
