using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/scenes: scenes (CRUD with versions as ETags, snapshots of the current
/// state), a preview that sends nothing, runs with each command's outcome. Policies: reading and
/// previewing — any role of the home (<see cref="AccessPolicy.HomeRead"/>); creating, replacing,
/// deleting, snapshots — owner or member (<see cref="AccessPolicy.HomeControl"/>); running — owner,
/// member or guest (<see cref="AccessPolicy.SceneRun"/>). A guest token with a list of scenes sees
/// only those (others are 404) and runs only those (others are 403).
/// </summary>
internal static class ScenesApi
{
    public static RouteGroupBuilder MapScenesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/scenes").WithTags("Scenes").RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/", ListScenes);
        api.MapPost("/", CreateScene).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/snapshot", SnapshotScene).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/{sceneId}", GetScene).WithETags();
        api.MapPut("/{sceneId}", ReplaceScene).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapDelete("/{sceneId}", DeleteScene).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{sceneId}/preview", PreviewScene);
        api.MapPost("/{sceneId}/run", RunScene).RequireAuthorization(AccessPolicy.SceneRun);
        api.MapGet("/{sceneId}/runs", ListRuns);
        api.MapGet("/{sceneId}/runs/{runId}", GetRun);
        return api;
    }

    internal static Results<Ok<Page<Scene>>, ValidationProblem, ProblemHttpResult> ListScenes(
        string homeId, [AsParameters] PageQuery query, HttpContext context, SceneCatalog scenes)
    {
        if (HomesApi.FindHome(scenes.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        return TypedResults.Ok(ApiPaging.Paginate(scenes.List(homeId).Where(s => context.MaySeeScene(homeId, s.Id)), s => s.Id, request));
    }

    internal static Results<Ok<Scene>, StatusCodeHttpResult, ProblemHttpResult> GetScene(string homeId, string sceneId, HttpContext context, SceneCatalog scenes)
    {
        if (Find(context, scenes, homeId, sceneId) is not { } scene)
            return SceneNotFound(homeId, sceneId);
        if (ApiETags.IsNotModified(context, scene.Version))
            return ApiETags.NotModified(context, scene.Version);
        ApiETags.Set(context, scene.Version);
        return TypedResults.Ok(scene);
    }

    internal static Results<Created<Scene>, ValidationProblem, ProblemHttpResult> CreateScene(
        string homeId, [FromBody] JsonElement body, HttpContext context, SceneCatalog scenes)
    {
        if (HomesApi.FindHome(scenes.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var errors = new List<ProfileError>();
        if (SceneDefinitionReader.Read(body, errors) is not { } definition)
            return Invalid(errors);
        return Created(homeId, context, scenes.Create(homeId, definition));
    }

    internal static Results<Created<Scene>, ValidationProblem, ProblemHttpResult> SnapshotScene(
        string homeId, SnapshotSceneRequest? request, HttpContext context, SceneCatalog scenes)
    {
        if (HomesApi.FindHome(scenes.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var errors = new List<ProfileError>();
        var name = ApiNames.Read(request?.Name, "$.name", SceneDefinitionReader.MaxNameLength,
            $"a scene needs a name of 1 to {SceneDefinitionReader.MaxNameLength} characters", errors);
        var icon = request?.Icon is null ? null : ApiNames.Read(request.Icon, "$.icon", SceneDefinitionReader.MaxIconLength,
            $"an icon is a name of 1 to {SceneDefinitionReader.MaxIconLength} characters, or null", errors);
        if (request?.Id is { } id && !SceneIds.IsValid(id))
            errors.Add(new("$.id", $"an id has 1 to {SceneIds.MaxLength} lower-case letters, digits and dashes, starting with a letter or digit"));
        if (errors.Count > 0)
            return Invalid(errors);
        return Created(homeId, context, scenes.Snapshot(homeId, name!, icon, request!.DeviceIds, request.Id));
    }

    internal static Results<Ok<Scene>, ValidationProblem, ProblemHttpResult> ReplaceScene(
        string homeId, string sceneId, [FromBody] JsonElement body, HttpContext context, SceneCatalog scenes)
    {
        if (Find(context, scenes, homeId, sceneId) is null)
            return SceneNotFound(homeId, sceneId);
        var errors = new List<ProfileError>();
        if (SceneDefinitionReader.Read(body, errors) is not { } definition)
            return Invalid(errors);
        var result = scenes.Replace(homeId, sceneId, definition, version => ApiETags.Matches(context, version));
        switch (result.Status)
        {
            case SceneWriteStatus.Done:
                ApiETags.Set(context, result.Scene!.Version);
                return TypedResults.Ok(result.Scene);
            case SceneWriteStatus.Invalid:
                return Invalid(result.Errors!);
            case SceneWriteStatus.VersionMismatch:
                return ApiETags.PreconditionFailed(result.Scene!.Version);
            default:
                return SceneNotFound(homeId, sceneId);
        }
    }

    internal static Results<NoContent, ProblemHttpResult> DeleteScene(string homeId, string sceneId, HttpContext context, SceneCatalog scenes)
    {
        if (Find(context, scenes, homeId, sceneId) is null)
            return SceneNotFound(homeId, sceneId);
        var result = scenes.Delete(homeId, sceneId, version => ApiETags.Matches(context, version));
        return result.Status switch
        {
            SceneWriteStatus.Done => TypedResults.NoContent(),
            SceneWriteStatus.VersionMismatch => ApiETags.PreconditionFailed(result.Scene!.Version),
            _ => SceneNotFound(homeId, sceneId),
        };
    }

    internal static Results<Ok<ScenePreview>, ProblemHttpResult> PreviewScene(string homeId, string sceneId, HttpContext context, SceneCatalog scenes) =>
        Find(context, scenes, homeId, sceneId) is { } scene
            ? TypedResults.Ok(ScenePreview.Of(scenes.Registry, scene))
            : SceneNotFound(homeId, sceneId);

    internal static Results<Accepted<SceneRun>, ProblemHttpResult> RunScene(string homeId, string sceneId, HttpContext context, SceneRunner runner)
    {
        // Checked before existence, so a limited guest learns nothing about scenes off its list.
        if (!context.MaySeeScene(homeId, sceneId))
            return TypedResults.Problem($"This token may run only its listed scenes; '{sceneId}' is not one of them.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        if (runner.Start(homeId, sceneId, SceneRun.ApiSource, context.GetAccessToken()?.Id) is not { } run)
            return SceneNotFound(homeId, sceneId);
        return TypedResults.Accepted($"/api/v1/homes/{homeId}/scenes/{sceneId}/runs/{run.Id}", run);
    }

    internal static Results<Ok<Page<SceneRun>>, ValidationProblem, ProblemHttpResult> ListRuns(
        string homeId, string sceneId, [AsParameters] PageQuery query, HttpContext context, SceneCatalog scenes, SceneRunner runner)
    {
        if (Find(context, scenes, homeId, sceneId) is null)
            return SceneNotFound(homeId, sceneId);
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        return TypedResults.Ok(ApiPaging.Paginate(runner.ListRuns(homeId, sceneId), r => ApiPaging.NewestFirst(r.Started, r.Id), request));
    }

    internal static Results<Ok<SceneRun>, ProblemHttpResult> GetRun(
        string homeId, string sceneId, string runId, HttpContext context, SceneCatalog scenes, SceneRunner runner) =>
        Find(context, scenes, homeId, sceneId) is not null && runner.FindRun(homeId, sceneId, runId) is { } run
            ? TypedResults.Ok(run)
            : ApiProblems.NotFound($"No run '{runId}' of scene '{sceneId}'.");

    private static Results<Created<Scene>, ValidationProblem, ProblemHttpResult> Created(string homeId, HttpContext context, SceneWriteResult result)
    {
        switch (result.Status)
        {
            case SceneWriteStatus.Done:
                ApiETags.Set(context, result.Scene!.Version);
                return TypedResults.Created($"/api/v1/homes/{homeId}/scenes/{result.Scene.Id}", result.Scene);
            case SceneWriteStatus.Duplicate:
                return ApiProblems.Conflict($"Home '{homeId}' already has a scene '{result.Scene!.Id}'.");
            default:
                return Invalid(result.Errors ?? []);
        }
    }

    private static ValidationProblem Invalid(IReadOnlyList<ProfileError> errors) =>
        ApiProblems.Validation(errors, "The scene is not valid; nothing was stored.");

    private static Scene? Find(HttpContext context, SceneCatalog scenes, string homeId, string sceneId) =>
        context.MaySeeScene(homeId, sceneId) ? scenes.Find(homeId, sceneId) : null;


    private static ProblemHttpResult SceneNotFound(string homeId, string sceneId) => ApiProblems.NotFound($"No scene '{sceneId}' in home '{homeId}'.");
}
