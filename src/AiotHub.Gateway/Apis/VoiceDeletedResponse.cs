namespace AiotHub.Gateway.Apis;

/// <summary>How many entries a DELETE of a whole voice list removed.</summary>
internal sealed record VoiceDeletedResponse(int Deleted);
