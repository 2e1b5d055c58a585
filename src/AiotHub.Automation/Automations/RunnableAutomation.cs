namespace AiotHub.Automation.Automations;

/// <summary>An enabled, available automation with its parsed definition: what the engine indexes and runs.</summary>
public sealed record RunnableAutomation(AutomationEntry Entry, AutomationDefinition Definition);
