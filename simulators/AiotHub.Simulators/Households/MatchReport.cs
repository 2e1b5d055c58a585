using System.Globalization;
using System.Text;

namespace AiotHub.Simulators.Households;

/// <summary>
/// Suggestions scored against a household's planted truth. <see cref="Precision"/>: the share of suggestions that
/// found a planted routine (a second suggestion for the same routine counts as false); 1 when there are none.
/// <see cref="Recall"/>: the share of planted routines found; 1 when none were planted.
/// </summary>
public sealed record MatchReport(
    IReadOnlyList<RoutineMatch> Matches,
    IReadOnlyList<FalseSuggestion> FalsePositives,
    IReadOnlyList<PlantedRoutine> Missed)
{
    public int Suggestions => Matches.Count + FalsePositives.Count;

    public double Precision => Suggestions == 0 ? 1 : (double)Matches.Count / Suggestions;

    public double Recall => Matches.Count + Missed.Count == 0 ? 1 : (double)Matches.Count / (Matches.Count + Missed.Count);

    /// <summary>Every match, false suggestion and miss on a line: what a failing evaluation prints.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"precision {Precision:0.00} ({Matches.Count}/{Suggestions}), recall {Recall:0.00} ({Matches.Count}/{Matches.Count + Missed.Count})\n");
        foreach (var match in Matches)
            text.Append(CultureInfo.InvariantCulture, $"  found   {match.Routine} ← {match.Suggestion.Key} \"{match.Suggestion.Title.En}\"\n");
        foreach (var routine in Missed)
            text.Append(CultureInfo.InvariantCulture, $"  missed  {routine}\n");
        foreach (var wrong in FalsePositives)
            text.Append(CultureInfo.InvariantCulture, $"  false   {wrong.Suggestion.Kind} {wrong.Suggestion.Key} \"{wrong.Suggestion.Title.En}\": {wrong.Reason}\n");
        return text.ToString();
    }
}
