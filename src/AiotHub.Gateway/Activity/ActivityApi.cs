using System.Globalization;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Activity;

/// <summary>
/// GET /api/v1/homes/{homeId}/activity: the home's activity log (docs/api.md "Activity"), oldest first — what was done
/// to which device and by whom, the evidence a suggestion links to. Policy: owner and member
/// (<see cref="AccessPolicy.HomeControl"/>, the people who control the devices); a guest's or an integrator's token sees
/// devices, not who in the household did what when.
/// </summary>
internal static class ActivityApi
{
    /// <summary>The window read when ?from is not given: the last week before ?to.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    public static RouteGroupBuilder MapActivityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/activity").WithTags("Activity").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/", ListActivity);
        return api;
    }

    internal static Results<Ok<Page<ActivityEntry>>, ValidationProblem, ProblemHttpResult> ListActivity(
        string homeId, [AsParameters] ActivityQuery query, HttpContext context, DeviceRegistry registry, ActivityStore store, TimeProvider time)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        var errors = new List<ProfileError>();
        var to = QueryTime.Read(query.To, "to", errors) ?? time.GetUtcNow();
        var from = QueryTime.Read(query.From, "from", errors) ?? to - DefaultWindow;
        if (errors.Count == 0 && from > to)
            errors.Add(new("from", "a time not after 'to'"));
        var deviceId = string.IsNullOrEmpty(query.DeviceId) ? null : query.DeviceId;
        if (deviceId is not null && !DeviceIds.IsValid(deviceId))
            errors.Add(new("deviceId", $"a device id (letters, digits, '-' and '_', up to {DeviceIds.MaxLength} characters)"));
        long after = 0;
        if (!ApiPaging.TryRead(new PageQuery(query.Limit, query.Cursor, context), out var page, out var problem))
            errors.AddRange(problem.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => new ProfileError(e.Key, m))));
        else if (page.After is { } position)
            after = long.Parse(position, NumberStyles.None, CultureInfo.InvariantCulture);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);

        var entries = store.Read(homeId, from, to, after, page.Limit + 1, deviceId);
        var items = entries.Take(page.Limit).ToList();
        var next = entries.Count > page.Limit ? page.Cursors.Encode(items[^1].Id.ToString(CultureInfo.InvariantCulture)) : null;
        return TypedResults.Ok(new Page<ActivityEntry>(items, next, store.Count(homeId, from, to, deviceId)));
    }

}
