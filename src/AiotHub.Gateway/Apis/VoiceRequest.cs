namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/homes/{homeId}/voice: an utterance, in "en" or "zh" (detected when absent).</summary>
internal sealed record VoiceRequest(string? Text, string? Language);
