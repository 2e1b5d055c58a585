using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes: homes and their rooms. Policies: the list — any token, showing only its homes
/// (<see cref="AccessPolicy.SignedIn"/>); a home and its rooms — any role of that home
/// (<see cref="AccessPolicy.HomeRead"/>); creating a room — owner or member (<see cref="AccessPolicy.HomeControl"/>).
/// </summary>
internal static class HomesApi
{
    public static RouteGroupBuilder MapHomesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes").WithTags("Homes");
        api.MapGet("/", ListHomes).RequireAuthorization(AccessPolicy.SignedIn);
        api.MapGet("/{homeId}", GetHome).RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/{homeId}/rooms", ListRooms).RequireAuthorization(AccessPolicy.HomeRead);
        api.MapPost("/{homeId}/rooms", CreateRoom).RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Ok<List<Home>> ListHomes(HttpContext context, DeviceRegistry registry) =>
        TypedResults.Ok(registry.ListHomes().Where(h => context.GetAccessToken() is not { } token || token.RoleIn(h.Id) is not null).ToList());

    internal static Results<Ok<HomeResponse>, ProblemHttpResult> GetHome(string homeId, HttpContext context, DeviceRegistry registry) =>
        FindHome(registry, homeId) is { } home
            ? TypedResults.Ok(new HomeResponse(home.Id, home.Name, registry.ListRooms(home.Id), registry.ListDevices(new DeviceQuery(HomeId: home.Id)).Count,
                context.GetAccessToken()?.RoleIn(home.Id)))
            : ApiProblems.NotFound($"No home '{homeId}'.");

    internal static Results<Ok<IReadOnlyList<Room>>, ProblemHttpResult> ListRooms(string homeId, DeviceRegistry registry) =>
        FindHome(registry, homeId) is not null
            ? TypedResults.Ok(registry.ListRooms(homeId))
            : ApiProblems.NotFound($"No home '{homeId}'.");

    internal static Results<Created<Room>, ValidationProblem, ProblemHttpResult> CreateRoom(string homeId, CreateRoomRequest? request, DeviceRegistry registry)
    {
        if (FindHome(registry, homeId) is null)
        {
            return ApiProblems.NotFound($"No home '{homeId}'.");
        }

        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            return ApiProblems.Validation("$.name", $"a room needs a name of 1 to {MaxNameLength} characters");
        }

        var room = registry.CreateRoom(homeId, name)!;
        return TypedResults.Created($"/api/v1/homes/{homeId}/rooms/{room.Id}", room);
    }

    internal const int MaxNameLength = 64;

    internal static Home? FindHome(DeviceRegistry registry, string homeId) =>
        registry.ListHomes().FirstOrDefault(h => h.Id == homeId);
}
