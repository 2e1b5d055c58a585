using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>A definition read (null when its shape is wrong) and checked against the home (Resolved null when anything is wrong), with every problem.</summary>
internal sealed record AutomationCheck(AutomationDefinition? Read, AutomationDefinition? Resolved, IReadOnlyList<ProfileError> Problems);
