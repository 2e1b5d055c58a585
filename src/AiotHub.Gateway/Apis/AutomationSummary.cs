using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// An automation in the list: the stored entry and its newest run, so an app shows "last run"
/// without a call per automation. GET of one automation answers the entry alone (its ETag is the
/// definition's version, which a run does not change).
/// </summary>
internal sealed record AutomationSummary(
    string Id,
    string Name,
    bool Enabled,
    AutomationState State,
    IReadOnlyList<ProfileError> Problems,
    long Version,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    JsonElement Definition,
    AutomationLastRun? LastRun)
{
    public static AutomationSummary Of(AutomationEntry entry, AutomationLastRun? lastRun) =>
        new(entry.Id, entry.Name, entry.Enabled, entry.State, entry.Problems, entry.Version, entry.Created, entry.Updated, entry.Definition, lastRun);
}
