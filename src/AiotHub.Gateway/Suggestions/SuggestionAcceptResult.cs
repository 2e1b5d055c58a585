using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// What accepting a suggestion did: the automation or scene it stored, or — on a conflict — why not, in words
/// (<see cref="Reason"/>) and, when the hub's validator refused the definition, its problems with JSON paths.
/// </summary>
internal sealed record SuggestionAcceptResult(
    SuggestionAcceptStatus Status,
    AutomationEntry? Automation = null,
    Scene? Scene = null,
    string? Reason = null,
    IReadOnlyList<ProfileError>? Problems = null);
