namespace AiotHub.Automation.Voice;

/// <summary>
/// What an utterance meant and what was done. <see cref="Targets"/> are device ids (scene ids for
/// run-scene; the candidates for clarify). The value is <see cref="Number"/> (percent, °C, TV input),
/// <see cref="Relative"/> ("up"/"down") or <see cref="Text"/> (an app package, or the asked property).
/// </summary>
public sealed record VoiceResult(
    string Intent,
    string Language,
    IReadOnlyList<string> Targets,
    double? Number,
    string? Relative,
    string? Text,
    string Answer,
    IReadOnlyList<string> CommandIds,
    IReadOnlyList<string> RunIds);
