using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A routine the miner found, ready to accept (docs/suggestions.md). <see cref="Key"/> is stable: the same routine
/// mined again from more history has the same key, so a dismissal ("never suggest this again") and a snooze are kept
/// by key. Exactly one of <see cref="Automation"/> (an automation definition, the body of the API's create call; for a
/// <see cref="SuggestionKind.Correction"/> the whole changed definition of <see cref="ChangesAutomationId"/>) and
/// <see cref="Scene"/> (a scene definition, the body of the scenes create call) is set.
/// <see cref="Support"/> is the number of <see cref="Occurrences"/>; <see cref="Confidence"/> (0–1) how often the
/// routine held when it could have.
/// </summary>
public sealed record Suggestion(
    string Key,
    SuggestionKind Kind,
    SuggestionText Title,
    SuggestionText Explanation,
    JsonElement? Automation,
    JsonElement? Scene,
    string? ChangesAutomationId,
    int Support,
    double Confidence,
    IReadOnlyList<SuggestionOccurrence> Occurrences,
    SuggestionReplay Replay);
