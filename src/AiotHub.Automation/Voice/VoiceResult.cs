namespace AiotHub.Automation.Voice;

/// <summary>
/// What an utterance meant and what was done. <see cref="Targets"/> are device ids (scene ids for run-scene; the
/// candidates for clarify). The value is <see cref="Number"/> (percent, °C, kelvin, RGB, TV input, list value),
/// <see cref="Relative"/> ("up"/"down") or <see cref="Text"/> (an app package, a value-list entry, the asked property,
/// or the home mode for set-home-mode). <see cref="Steps"/> are the planned commands (device, property and value, or
/// action and arguments); <see cref="Delay"/> is set when the action is to happen later, and <see cref="TimerId"/> is the
/// timer that will do it.
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
    IReadOnlyList<string> RunIds,
    TimeSpan? Delay = null,
    IReadOnlyList<VoiceStep>? Steps = null,
    string? TimerId = null);
