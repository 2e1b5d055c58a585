namespace AiotHub.Gateway.Voice;

/// <summary>
/// The "voice" part of /healthz: voice commands from listening devices heard (admitted and valid), answered back to the
/// device that heard them, not acted on for low confidence, ignored as invalid, ignored from devices not taken into their
/// home, and dropped by the per-device rate limit (Voice:Listeners).
/// </summary>
public sealed record VoiceListenerStatus(long Heard, long Answered, long LowConfidence, long Invalid, long NotAccepted, long RateLimited);
