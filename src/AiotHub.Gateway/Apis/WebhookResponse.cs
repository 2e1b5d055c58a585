namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/hooks/{hookId}: the runs the call started (empty when every automation of the hook was skipped or rate-limited).</summary>
internal sealed record WebhookResponse(IReadOnlyList<string> RunIds);
