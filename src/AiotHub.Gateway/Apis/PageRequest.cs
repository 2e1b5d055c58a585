namespace AiotHub.Gateway.Apis;

/// <summary>
/// A list request's page: how many items, the sort key of the last item already seen (null for the
/// first page), and the cursors of the list (to sign the next page's).
/// </summary>
internal readonly record struct PageRequest(int Limit, string? After, PageCursors Cursors);
