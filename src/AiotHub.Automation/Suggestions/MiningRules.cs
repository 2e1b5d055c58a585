namespace AiotHub.Automation.Suggestions;

/// <summary>The minimums every kind applies (docs/suggestions.md "Minimums"), and small shared helpers.</summary>
internal static class MiningRules
{
    /// <summary>
    /// Whether occurrences at <paramref name="times"/> are enough evidence: at least
    /// <see cref="MiningThresholds.MinOccurrences"/>, on <see cref="MiningThresholds.MinDays"/> different local days,
    /// the first and the last at least <see cref="MiningThresholds.MinSpan"/> apart.
    /// </summary>
    public static bool Enough(MiningHistory history, IReadOnlyList<DateTimeOffset> times) =>
        times.Count >= MiningThresholds.MinOccurrences
        && times.Select(t => DateOnly.FromDateTime(history.Local(t))).Distinct().Count() >= MiningThresholds.MinDays
        && times.Max() - times.Min() >= MiningThresholds.MinSpan;

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
