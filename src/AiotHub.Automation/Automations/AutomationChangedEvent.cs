namespace AiotHub.Automation.Automations;

/// <summary>Data of <c>automation-changed</c>: which automation, and <see cref="Change"/> one of created, updated, deleted, enabled, disabled, unavailable, available.</summary>
public sealed record AutomationChangedEvent(string AutomationId, string Change)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Enabled = "enabled";
    public const string Disabled = "disabled";
    public const string Unavailable = "unavailable";
    public const string Available = "available";
}
