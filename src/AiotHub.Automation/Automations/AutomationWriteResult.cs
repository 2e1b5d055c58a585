using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>What a create, replace, enable/disable or delete did: the entry as stored (or as it stands, on a version mismatch), or the problems.</summary>
public sealed record AutomationWriteResult(AutomationWriteStatus Status, AutomationEntry? Automation = null, IReadOnlyList<ProfileError>? Problems = null);
