namespace AiotHub.Gateway.Apis;

/// <summary>A taught alias: the device, and the name (a word or phrase of the utterance; the whole utterance when absent).</summary>
internal sealed record TeachAliasRequest(string? DeviceId, string? Name);
