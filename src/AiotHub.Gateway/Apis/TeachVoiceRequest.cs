namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes/{homeId}/voice/taught: an utterance (or the logged one <see cref="EntryId"/>) and exactly one of
/// what it should do — a device step, a scene id, or an alias for a device.
/// </summary>
internal sealed record TeachVoiceRequest(string? Utterance, long? EntryId, TeachDeviceRequest? Device, string? Scene, TeachAliasRequest? Alias);
