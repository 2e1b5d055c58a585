namespace AiotHub.Gateway.Apis;

/// <summary>GET/PUT /api/v1/homes/{homeId}/voice/settings: whether the home keeps what the assistant did not understand, and counts intents.</summary>
internal sealed record VoiceLogSettings(bool? LogEnabled);
