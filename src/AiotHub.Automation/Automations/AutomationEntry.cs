using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// One stored automation as the API shows it: the definition JSON exactly as the catalog keeps it,
/// whether it is enabled, and whether it can run. <see cref="Problems"/> is empty when
/// <see cref="State"/> is available; otherwise it says, with JSON paths into <see cref="Definition"/>,
/// why the automation no longer fits the home (a device, scene or profile member it names is gone).
/// </summary>
public sealed record AutomationEntry(
    string Id,
    string HomeId,
    string Name,
    bool Enabled,
    AutomationState State,
    IReadOnlyList<ProfileError> Problems,
    long Version,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    JsonElement Definition);
