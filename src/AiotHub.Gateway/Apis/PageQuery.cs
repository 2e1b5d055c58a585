using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// ?limit=&amp;cursor= as the client sent them, with the request (whose path the cursor is bound to).
/// Bound as text, so a bad value is the handler's 400 with errors["limit"] or errors["cursor"] rather
/// than the framework's bare one.
/// </summary>
internal readonly record struct PageQuery(
    [property: FromQuery(Name = "limit")] string? Limit,
    [property: FromQuery(Name = "cursor")] string? Cursor,
    HttpContext Context);
