using AiotHub.Core.Devices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>/api/v1/homes: homes and their rooms.</summary>
internal static class HomesApi
{
    public static RouteGroupBuilder MapHomesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes").WithTags("Homes");
        api.MapGet("/", ListHomes);
        api.MapGet("/{homeId}", GetHome);
        api.MapGet("/{homeId}/rooms", ListRooms);
        api.MapPost("/{homeId}/rooms", CreateRoom);
        return api;
    }

    internal static Ok<IReadOnlyList<Home>> ListHomes(DeviceRegistry registry) => TypedResults.Ok(registry.ListHomes());

    internal static Results<Ok<HomeResponse>, ProblemHttpResult> GetHome(string homeId, DeviceRegistry registry) =>
        FindHome(registry, homeId) is { } home
            ? TypedResults.Ok(new HomeResponse(home.Id, home.Name, registry.ListRooms(home.Id), registry.ListDevices(new DeviceQuery(HomeId: home.Id)).Count))
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
