using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Activity;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/devices: list and filter, state (twin and availability), naming and
/// placing, setting properties and calling actions — validated against the profile before anything
/// is sent — and each command's lifecycle afterwards; removing a device; the pending list with
/// approve and reject (<see cref="PendingDevicesApi"/>). Policies: reading — any role of the home
/// (<see cref="AccessPolicy.HomeRead"/>); PATCH, DELETE, setting properties, calling actions,
/// approving and rejecting — owner or member (<see cref="AccessPolicy.HomeControl"/>).
/// </summary>
internal static class DevicesApi
{
    public static RouteGroupBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/devices").WithTags("Devices").RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/", ListDevices);
        api.MapGet("/pending", PendingDevicesApi.ListPending);
        api.MapGet("/{deviceId}", GetDevice).WithETags();
        api.MapPatch("/{deviceId}", UpdateDevice).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapDelete("/{deviceId}", RemoveDevice).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{deviceId}/approve", PendingDevicesApi.Approve).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{deviceId}/reject", PendingDevicesApi.Reject).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{deviceId}/properties", SetProperties).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{deviceId}/actions/{action}", CallAction).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/{deviceId}/commands", ListCommands);
        api.MapGet("/{deviceId}/commands/{commandId}", GetCommand);
        return api;
    }

    internal static Results<Ok<Page<Device>>, ValidationProblem, ProblemHttpResult> ListDevices(
        string homeId, string? room, string? type, string? status, [AsParameters] PageQuery page, DeviceRegistry registry)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
        {
            return ApiProblems.NotFound($"No home '{homeId}'.");
        }

        if (!ApiPaging.TryRead(page, out var request, out var problem))
        {
            return problem;
        }

        DeviceStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<DeviceStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ApiProblems.Validation("status", $"unknown status '{status}' (one of: {string.Join(", ", Enum.GetNames<DeviceStatus>().Select(n => n.ToLowerInvariant()))})");
            }

            wanted = parsed;
        }

        return TypedResults.Ok(ApiPaging.Paginate(registry.ListDevices(new DeviceQuery(homeId, room, type, wanted)), d => d.Id, request));
    }

    internal static Results<Ok<Device>, StatusCodeHttpResult, ProblemHttpResult> GetDevice(
        string homeId, string deviceId, HttpContext context, DeviceRegistry registry)
    {
        if (FindDevice(registry, homeId, deviceId) is not { } device)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        // The version covers the record, not the live twin: no cache may answer for the hub (explicit If-None-Match still works).
        context.Response.Headers.CacheControl = "no-store";
        if (ApiETags.IsNotModified(context, device.Version))
        {
            return ApiETags.NotModified(context, device.Version);
        }

        ApiETags.Set(context, device.Version);
        return TypedResults.Ok(device);
    }

    internal static Results<Ok<Device>, ValidationProblem, ProblemHttpResult> UpdateDevice(
        string homeId, string deviceId, UpdateDeviceRequest? request, HttpContext context, DeviceRegistry registry)
    {
        if (FindDevice(registry, homeId, deviceId) is null)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        if (request is null)
        {
            return ApiProblems.Validation("$", "expected an object with name, roomId and/or aliases");
        }

        var errors = request.Validate(registry, homeId);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var result = registry.TryUpdateDevice(deviceId, request.Name, request.RoomId, request.Aliases, version => ApiETags.Matches(context, version));
        switch (result.Outcome)
        {
            case EditOutcome.NotFound:
                return DeviceNotFound(homeId, deviceId);
            case EditOutcome.PreconditionFailed:
                return ApiETags.PreconditionFailed(result.Value!.Version);
            default:
                ApiETags.Set(context, result.Value!.Version);
                return TypedResults.Ok(result.Value);
        }
    }

    /// <summary>
    /// Removes the device (?history=keep, the default, or purge) when If-Match allows: the registry and
    /// hub.db forget it (its pending commands end first), its recorded telemetry goes when purged, its
    /// retained announce and availability are cleared in the broker, and device-removed is raised.
    /// </summary>
    internal static async Task<Results<Ok<DeviceRemovedResponse>, ValidationProblem, ProblemHttpResult>> RemoveDevice(
        string homeId, string deviceId, string? history, HttpContext context, DeviceRegistry registry, TelemetryService telemetry,
        DeviceBridge bridge, ILogger<DeviceBridge> logger)
    {
        var keep = history switch
        {
            null or "keep" => DeviceHistory.Keep,
            "purge" => DeviceHistory.Purge,
            _ => (DeviceHistory?)null,
        };
        if (keep is not { } chosen)
        {
            return ApiProblems.Validation("history", $"'{history}' is not a choice: keep (the default) or purge");
        }

        // Purging history destroys what the household recorded, as POST /telemetry/purge does: the owner's call alone.
        if (chosen == DeviceHistory.Purge && context.GetAccessToken() is { } token && token.RoleIn(homeId) != AccessRole.Owner)
        {
            return TypedResults.Problem("Purging a device's history is for the home's owner; a member may remove it with history=keep.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }

        if (FindDevice(registry, homeId, deviceId) is null)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        var result = registry.RemoveDevice(homeId, deviceId, chosen, version => ApiETags.Matches(context, version));
        return result.Outcome switch
        {
            EditOutcome.NotFound => DeviceNotFound(homeId, deviceId),
            EditOutcome.PreconditionFailed => ApiETags.PreconditionFailed(result.Value!.Version),
            _ => TypedResults.Ok(await FinishRemovalAsync(result.Value!, telemetry, bridge, logger)),
        };
    }

    /// <summary>
    /// What a removal clears outside the registry: the recorded telemetry when purged, and the device's
    /// retained messages in the broker. Not cancelled with the request: the device is already gone.
    /// </summary>
    internal static async Task<DeviceRemovedResponse> FinishRemovalAsync(DeviceRemoval removal, TelemetryService telemetry, DeviceBridge bridge, ILogger logger)
    {
        var cleared = await bridge.ClearRetainedAsync(removal.Id, CancellationToken.None);
        var rows = removal.History == DeviceHistory.Purge ? telemetry.Recorder.Purge(removal.Id, reclaimSpace: false) : 0;
        DevicesLog.Removed(logger, removal.Id, removal.History == DeviceHistory.Purge ? "purged" : "kept", removal.CommandsEnded, cleared);
        return new DeviceRemovedResponse(removal.Id, removal.History, rows, removal.CommandsEnded, cleared);
    }

    internal static Results<Accepted<DeviceCommand>, ValidationProblem, ProblemHttpResult> SetProperties(
        string homeId, string deviceId, [FromBody] JsonElement body, DeviceRegistry registry, HttpContext context)
    {
        if (FindDevice(registry, homeId, deviceId) is null)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("values", out var values))
        {
            return ApiProblems.Validation("$.values", "expected {\"values\": {\"service.property\": value, …}}");
        }

        return Accepted(context, homeId, registry.SetProperties(deviceId, values, RequestCommandOrigin.Of(context)));
    }

    internal static Results<Accepted<DeviceCommand>, ValidationProblem, ProblemHttpResult> CallAction(
        string homeId, string deviceId, string action, DeviceRegistry registry, HttpContext context,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] JsonElement? body = null)
    {
        if (FindDevice(registry, homeId, deviceId) is null)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        var arguments = default(JsonElement);
        if (body is { ValueKind: not JsonValueKind.Undefined } json)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                return ApiProblems.Validation("$", "expected {\"in\": {\"argument\": value, …}} or no body");
            }

            if (json.TryGetProperty("in", out var input))
            {
                arguments = input;
            }
        }

        return Accepted(context, homeId, registry.CallAction(deviceId, action, arguments, RequestCommandOrigin.Of(context)));
    }

    internal static Results<Ok<Page<DeviceCommand>>, ValidationProblem, ProblemHttpResult> ListCommands(
        string homeId, string deviceId, [AsParameters] PageQuery page, DeviceRegistry registry)
    {
        if (FindDevice(registry, homeId, deviceId) is null)
        {
            return DeviceNotFound(homeId, deviceId);
        }

        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(registry.ListCommands(deviceId), c => ApiPaging.NewestFirst(c.Created, c.Id), request))
            : problem;
    }

    internal static Results<Ok<DeviceCommand>, ProblemHttpResult> GetCommand(string homeId, string deviceId, string commandId, DeviceRegistry registry) =>
        FindDevice(registry, homeId, deviceId) is not null && registry.GetCommand(commandId) is { } command && command.DeviceId == deviceId
            ? TypedResults.Ok(command)
            : ApiProblems.NotFound($"No command '{commandId}' for device '{deviceId}'.");

    private static Results<Accepted<DeviceCommand>, ValidationProblem, ProblemHttpResult> Accepted(HttpContext context, string homeId, CommandResult result)
    {
        if (result.IsAccepted)
            return TypedResults.Accepted($"/api/v1/homes/{homeId}/devices/{result.Command.DeviceId}/commands/{result.Command.Id}", result.Command);
        if (result.QueueFull)
            return CommandQueueProblems.Full(context, result.Errors[0].Message);
        return ApiProblems.Validation(result.Errors, "The command is not valid for this device; nothing was sent.");
    }

    internal static Device? FindDevice(DeviceRegistry registry, string homeId, string deviceId) =>
        registry.TryGetDevice(deviceId, out var device) && device.HomeId == homeId ? device : null;

    internal static ProblemHttpResult DeviceNotFound(string homeId, string deviceId) =>
        ApiProblems.NotFound($"No device '{deviceId}' in home '{homeId}'.");
}
