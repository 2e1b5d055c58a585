using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Triggers;

namespace AiotHub.Automation.Automations;

/// <summary>
/// An automation as the reader parsed it from its JSON (docs/automations.md): triggers, then
/// conditions that must all hold, then actions, under a mode. Every trigger, condition and action
/// carries its JSON path so traces and problems point into the definition.
/// </summary>
public sealed record AutomationDefinition(
    string Id,
    string Name,
    string? Description,
    AutomationMode Mode,
    int Max,
    AutomationRateLimit? RateLimit,
    IReadOnlyList<AutomationTrigger> Triggers,
    IReadOnlyList<AutomationCondition> Conditions,
    IReadOnlyList<AutomationAction> Actions);
