namespace AiotHub.Automation.Voice.Timers;

/// <summary>
/// A spoken action to carry out later ("turn off the TV in 30 minutes"): what was understood, when it is due, and who
/// asked. <see cref="Action"/> is carried out through the voice engine when due, so it is checked against the home as it
/// is then (a device removed meanwhile is not acted on).
/// </summary>
public sealed record VoiceTimer(
    string Id,
    string HomeId,
    DateTimeOffset Created,
    DateTimeOffset Due,
    string Source,
    string? StartedBy,
    VoiceResult Action);
