using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// ?automationId=&amp;result=&amp;from=&amp;to=&amp;limit=&amp;cursor= of the runs list, bound as text so a bad
/// value is the handler's 400 naming the parameter.
/// </summary>
internal readonly record struct AutomationRunsQuery(
    [property: FromQuery(Name = "automationId")] string? AutomationId,
    [property: FromQuery(Name = "result")] string? Result,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "limit")] string? Limit,
    [property: FromQuery(Name = "cursor")] string? Cursor);
