using AiotHub.Gateway.Apis;

namespace AiotHub.Gateway.Feedback;

/// <summary>A page of reports (docs/api.md "Lists") from one more row than the page holds: its presence means a next page.</summary>
internal static class FeedbackPages
{
    public static Page<T> Of<T>(IReadOnlyList<FeedbackReport> rows, PageRequest page, Func<FeedbackReport, T> view, int total)
    {
        var items = rows.Take(page.Limit).ToList();
        var next = rows.Count > page.Limit ? page.Cursors.Encode(FeedbackStore.KeyOf(items[^1])) : null;
        return new Page<T>([.. items.Select(view)], next, total);
    }
}
