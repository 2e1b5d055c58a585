using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Activity;

/// <summary>?from=&amp;to=&amp;deviceId=&amp;limit=&amp;cursor= of the activity list, bound as text so a bad value is the handler's 400 naming it.</summary>
internal readonly record struct ActivityQuery(
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "deviceId")] string? DeviceId,
    [property: FromQuery(Name = "limit")] string? Limit,
    [property: FromQuery(Name = "cursor")] string? Cursor);
