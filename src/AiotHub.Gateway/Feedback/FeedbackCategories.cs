namespace AiotHub.Gateway.Feedback;

/// <summary>The optional category of a report: a fixed list, so a maker can sort what it gets.</summary>
internal static class FeedbackCategories
{
    public static readonly IReadOnlyList<string> All = ["not-responding", "offline", "wrong-state", "slow", "after-update", "other"];

    public static bool IsValid(string category) => All.Contains(category, StringComparer.Ordinal);
}
