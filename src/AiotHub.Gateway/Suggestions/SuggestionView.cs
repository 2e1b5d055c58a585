using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Automation.Suggestions;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// A suggestion as GET …/suggestions shows it (docs/api.md "Suggestions"). <see cref="Id"/> is the miner's stable key;
/// exactly one of <see cref="Automation"/> and <see cref="Scene"/> is set; nulls are written, so an app can test them.
/// </summary>
internal sealed record SuggestionView(
    string Id,
    string Kind,
    string Status,
    SuggestionText Title,
    SuggestionText Explanation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Automation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Scene,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ChangesAutomationId,
    int Support,
    double Confidence,
    IReadOnlyList<SuggestionOccurrence> Occurrences,
    SuggestionReplay Replay,
    DateTimeOffset FirstFound,
    DateTimeOffset LastMined,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? SnoozedUntil,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DismissReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] SuggestionAcceptedAs? AcceptedAs)
{
    public static SuggestionView Of(StoredSuggestion stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Suggestion;
        var status = stored.StatusAt(now);
        return new SuggestionView(s.Key, KindName(s.Kind), StatusName(status), s.Title, s.Explanation, s.Automation, s.Scene,
            s.ChangesAutomationId, s.Support, s.Confidence, s.Occurrences, s.Replay, stored.FirstFound, stored.LastMined,
            status == SuggestionStatus.Snoozed ? stored.Decision?.SnoozedUntil : null,
            status == SuggestionStatus.Dismissed ? stored.Decision?.Reason : null,
            status == SuggestionStatus.Accepted ? stored.Decision?.AcceptedAs : null);
    }

    public static string KindName(SuggestionKind kind) => kind switch
    {
        SuggestionKind.TimeRoutine => "timeRoutine",
        SuggestionKind.Linkage => "linkage",
        SuggestionKind.Scene => "scene",
        SuggestionKind.Correction => "correction",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string StatusName(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Open => "open",
        SuggestionStatus.Snoozed => "snoozed",
        SuggestionStatus.Dismissed => "dismissed",
        SuggestionStatus.Accepted => "accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
