using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Suggestions;

/// <summary>DELETE …/suggestions: how many suggestions, decisions and (with ?activity=true) activity entries were deleted.</summary>
internal sealed record SuggestionsDeletedResponse(
    int Suggestions,
    int Decisions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Activity);
