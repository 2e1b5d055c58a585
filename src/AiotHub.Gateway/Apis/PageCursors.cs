namespace AiotHub.Gateway.Apis;

/// <summary>The cursors of one list: signed with the hub's <see cref="CursorKey"/>, bound to the list's path.</summary>
internal readonly record struct PageCursors(CursorKey Key, string List)
{
    /// <summary>The cursors of the list <paramref name="context"/> asks for (its path, without a trailing slash).</summary>
    public static PageCursors For(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<CursorKey>(), (context.Request.PathBase + context.Request.Path).Value?.TrimEnd('/') ?? "");

    public string Encode(string position) => Key.Sign(List, position);

    public bool TryDecode(string cursor, out string? position) => Key.TryVerify(List, cursor, out position);
}
