namespace AiotHub.Automation.Automations;

/// <summary>What a webhook call did: whether any enabled automation has a webhook trigger with that hook id, and the runs it started.</summary>
public sealed record WebhookResult(bool Found, IReadOnlyList<string> RunIds, string? Limit = null);
