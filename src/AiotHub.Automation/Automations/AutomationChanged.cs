using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>automation-changed: which automation, and <see cref="Change"/> one of created, updated, deleted, enabled, disabled, unavailable, available.</summary>
[HomeEventType("automation-changed")]
public sealed record AutomationChanged(string AutomationId, string Change) : HomeEventData
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Enabled = "enabled";
    public const string Disabled = "disabled";
    public const string Unavailable = "unavailable";
    public const string Available = "available";
}
