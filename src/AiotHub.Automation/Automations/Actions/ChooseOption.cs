using AiotHub.Automation.Automations.Conditions;

namespace AiotHub.Automation.Automations.Actions;

public sealed record ChooseOption(string Path, IReadOnlyList<AutomationCondition> Conditions, IReadOnlyList<AutomationAction> Actions);
