using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
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
        api.MapGet("/{homeId}/rooms/{roomId}", GetRoom).WithETags().RequireAuthorization(AccessPolicy.HomeRead);
        api.MapPatch("/{homeId}/rooms/{roomId}", RenameRoom).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Results<Ok<Page<Home>>, ValidationProblem> ListHomes(HttpContext context, [AsParameters] PageQuery page, DeviceRegistry registry) =>
        ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(
                registry.ListHomes().Where(h => context.GetAccessToken() is not { } token || token.RoleIn(h.Id) is not null), h => h.Id, request))
            : problem;

    internal static Results<Ok<HomeResponse>, ProblemHttpResult> GetHome(string homeId, HttpContext context, DeviceRegistry registry,
        [Microsoft.AspNetCore.Mvc.FromServices] Provisioning.SandboxHomes? sandboxes = null) =>
        FindHome(registry, homeId) is { } home
            ? TypedResults.Ok(new HomeResponse(home.Id, home.Name, registry.ListRooms(home.Id), registry.ListDevices(new DeviceQuery(HomeId: home.Id)).Count,
                context.GetAccessToken()?.RoleIn(home.Id), sandboxes?.Contains(home.Id) ?? false))
            : ApiProblems.NotFound($"No home '{homeId}'.");

    // Rooms by name, as an app shows them; the id breaks ties between equal names.
    internal static Results<Ok<Page<Room>>, ValidationProblem, ProblemHttpResult> ListRooms(string homeId, [AsParameters] PageQuery page, DeviceRegistry registry)
    {
        if (FindHome(registry, homeId) is null)
        {
            return ApiProblems.NotFound($"No home '{homeId}'.");
        }

        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(registry.ListRooms(homeId), r => r.Name + "\u0000" + r.Id, request))
            : problem;
    }

    internal static Results<Created<Room>, ValidationProblem, ProblemHttpResult> CreateRoom(string homeId, CreateRoomRequest? request, DeviceRegistry registry)
    {
        if (FindHome(registry, homeId) is null)
        {
            return ApiProblems.NotFound($"No home '{homeId}'.");
        }

        var errors = new List<ProfileError>();
        if (ApiNames.Read(request?.Name, "$.name", MaxNameLength, RoomNameLength, errors) is not { } name)
        {
            return ApiProblems.Validation(errors);
        }

        var result = registry.TryCreateRoom(homeId, name);
        return result.Outcome switch
        {
            EditOutcome.Applied => TypedResults.Created($"/api/v1/homes/{homeId}/rooms/{result.Value!.Id}", result.Value),
            EditOutcome.Conflict => RoomNameTaken(homeId, result.Value!),
            _ => ApiProblems.NotFound($"No home '{homeId}'."),
        };
    }

    internal static Results<Ok<Room>, StatusCodeHttpResult, ProblemHttpResult> GetRoom(string homeId, string roomId, HttpContext context, DeviceRegistry registry)
    {
        if (registry.GetRoom(homeId, roomId) is not { } room)
        {
            return RoomNotFound(homeId, roomId);
        }

        if (ApiETags.IsNotModified(context, room.Version))
        {
            return ApiETags.NotModified(context, room.Version);
        }

        ApiETags.Set(context, room.Version);
        return TypedResults.Ok(room);
    }

    internal static Results<Ok<Room>, ValidationProblem, ProblemHttpResult> RenameRoom(
        string homeId, string roomId, UpdateRoomRequest? request, HttpContext context, DeviceRegistry registry)
    {
        if (registry.GetRoom(homeId, roomId) is null)
        {
            return RoomNotFound(homeId, roomId);
        }

        var errors = new List<ProfileError>();
        if (ApiNames.Read(request?.Name, "$.name", MaxNameLength, RoomNameLength, errors) is not { } name)
        {
            return ApiProblems.Validation(errors);
        }

        var result = registry.RenameRoom(homeId, roomId, name, version => ApiETags.Matches(context, version));
        switch (result.Outcome)
        {
            case EditOutcome.NotFound:
                return RoomNotFound(homeId, roomId);
            case EditOutcome.PreconditionFailed:
                return ApiETags.PreconditionFailed(result.Value!.Version);
            case EditOutcome.Conflict:
                return RoomNameTaken(homeId, registry.FindRoom(homeId, name) ?? result.Value!);
            default:
                ApiETags.Set(context, result.Value!.Version);
                return TypedResults.Ok(result.Value);
        }
    }

    private static ProblemHttpResult RoomNotFound(string homeId, string roomId) => ApiProblems.NotFound($"No room '{roomId}' in home '{homeId}'.");

    // 409: the request is well formed, the home's state is what refuses it; the existing room is named so an app can offer it.
    private static ProblemHttpResult RoomNameTaken(string homeId, Room existing) =>
        ApiProblems.Conflict($"Home '{homeId}' already has a room named '{existing.Name}' (names are compared without case); nothing was changed.",
            new Dictionary<string, object?> { ["roomId"] = existing.Id, ["errors"] = new Dictionary<string, string[]> { ["$.name"] = ["another room of this home has this name"] } });

    private static readonly string RoomNameLength = $"a room needs a name of 1 to {MaxNameLength} characters";

    internal const int MaxNameLength = 64;

    internal static Home? FindHome(DeviceRegistry registry, string homeId) =>
        registry.ListHomes().FirstOrDefault(h => h.Id == homeId);
}
