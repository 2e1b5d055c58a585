using AiotHub.Automation.Voice.Learning;

namespace AiotHub.Gateway.Apis;

/// <summary>GET /api/v1/homes/{homeId}/voice/intents: the home's counts per intent and language, and their sum.</summary>
internal sealed record VoiceIntentCountsResponse(IReadOnlyList<VoiceIntentCount> Items, long Total);
