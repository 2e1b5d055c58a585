namespace AiotHub.Automation.Automations.Triggers;

/// <summary>A POST to /api/v1/hooks/{HookId}; the hook id is the secret (at least 16 characters of [A-Za-z0-9_-]) and unique across the hub.</summary>
public sealed record WebhookTrigger(string Path, string? Id, string HookId) : AutomationTrigger(Path, Id)
{
    public override string Kind => "webhook";
}
