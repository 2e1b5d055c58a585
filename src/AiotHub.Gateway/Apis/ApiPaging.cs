using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiotHub.Core.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Keyset paging for every /api/v1 list. Each list is ordered by a text key (ordinal), unique per
/// item; a cursor carries the last key a page held, so the next page starts after it even when items
/// were added or removed in between — no item is skipped or shown twice. Cursors are signed
/// (<see cref="CursorKey"/>): only one this list handed out is accepted.
/// </summary>
internal static class ApiPaging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static bool TryRead(PageQuery query, out PageRequest request, [NotNullWhen(false)] out ValidationProblem? problem) =>
        TryRead(query, PageCursors.For(query.Context), out request, out problem);

    public static bool TryRead(PageQuery query, PageCursors cursors, out PageRequest request, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        request = default;
        problem = null;
        var errors = new List<ProfileError>();
        var limit = DefaultLimit;
        if (query.Limit is not null &&
            (!int.TryParse(query.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add(new ProfileError("limit", $"a whole number from 1 to {MaxLimit}"));
        }

        string? after = null;
        if (query.Cursor is not null && !cursors.TryDecode(query.Cursor, out after))
        {
            errors.Add(new ProfileError("cursor", "not a cursor this list gave out (use nextCursor as it is)"));
        }

        if (errors.Count > 0)
        {
            problem = ApiProblems.Validation(errors);
            return false;
        }

        request = new PageRequest(limit, after, cursors);
        return true;
    }

    /// <summary>The page of <paramref name="items"/> after the request's cursor, in the order of <paramref name="key"/>.</summary>
    public static Page<T> Paginate<T>(IEnumerable<T> items, Func<T, string> key, PageRequest request)
    {
        var ordered = items.Select(item => (Key: key(item), Item: item)).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var start = request.After is null ? 0 : UpperBound(ordered, request.After);
        var page = ordered.Skip(start).Take(request.Limit).ToList();
        var next = start + page.Count < ordered.Count ? request.Cursors.Encode(page[^1].Key) : null;
        return new Page<T>([.. page.Select(x => x.Item)], next, ordered.Count);
    }

    /// <summary>A key that sorts a time newest first (then by <paramref name="id"/>).</summary>
    public static string NewestFirst(DateTimeOffset time, string id) =>
        string.Create(CultureInfo.InvariantCulture, $"{long.MaxValue - time.UtcTicks:D19}/{id}");

    /// <summary>A key that sorts a time oldest first (then by <paramref name="id"/>).</summary>
    public static string OldestFirst(DateTimeOffset time, string id) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.UtcTicks:D19}/{id}");

    /// <summary>A key that sorts whole numbers by value.</summary>
    public static string Number(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    private static int UpperBound<T>(List<(string Key, T Item)> ordered, string after)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(ordered[middle].Key, after) <= 0)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }
}
