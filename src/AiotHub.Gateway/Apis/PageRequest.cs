namespace AiotHub.Gateway.Apis;

/// <summary>A list request's page: how many items, and the sort key of the last item already seen (null for the first page).</summary>
internal readonly record struct PageRequest(int Limit, string? After);
