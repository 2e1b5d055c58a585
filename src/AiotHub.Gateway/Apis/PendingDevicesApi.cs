using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// The handlers of /api/v1/homes/{homeId}/devices/pending and …/{deviceId}/approve|reject (routes and
/// policies in <see cref="DevicesApi"/>): the devices that wait for a decision — new ones, unknown
/// models, and model changes a device announced that the hub holds — and the decision.
/// </summary>
internal static class PendingDevicesApi
{
    internal static Results<Ok<Page<PendingDevice>>, ValidationProblem, ProblemHttpResult> ListPending(
        string homeId, [AsParameters] PageQuery page, DeviceRegistry registry)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
        {
            return ApiProblems.NotFound($"No home '{homeId}'.");
        }

        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(registry.ListPending(homeId), p => ApiPaging.OldestFirst(p.Since, p.DeviceId), request))
            : problem;
    }

    /// <summary>Applies the held change, or takes a new device into the home (optionally named and placed in a room).</summary>
    internal static Results<Ok<DeviceDecisionResponse>, ValidationProblem, ProblemHttpResult> Approve(
        string homeId, string deviceId, HttpContext context, DeviceRegistry registry,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApproveDeviceRequest? request = null)
    {
        if (DevicesApi.FindDevice(registry, homeId, deviceId) is null)
        {
            return DevicesApi.DeviceNotFound(homeId, deviceId);
        }

        if (request is not null && request.Validate(registry, homeId) is { Count: > 0 } errors)
        {
            return ApiProblems.Validation(errors);
        }

        var result = registry.ApproveDevice(homeId, deviceId, request?.RoomId, request?.Name, version => ApiETags.Matches(context, version));
        switch (result.Outcome)
        {
            case DeviceDecisionOutcome.Applied:
                ApiETags.Set(context, result.Device!.Version);
                return TypedResults.Ok(new DeviceDecisionResponse(deviceId, "approved", result.Reason!, result.Device, null));
            case DeviceDecisionOutcome.PreconditionFailed:
                return ApiETags.PreconditionFailed(result.Device!.Version);
            case DeviceDecisionOutcome.ModelUnknown:
                return ApiProblems.Conflict(
                    $"Device '{deviceId}' cannot be approved: {result.Device!.PendingReason}. Upload the profile (POST /api/v1/profiles) and it becomes new; or reject it.");
            case DeviceDecisionOutcome.NothingPending:
                return NothingPending(deviceId, "approve");
            default:
                return DevicesApi.DeviceNotFound(homeId, deviceId);
        }
    }

    /// <summary>Drops the held change (the device keeps its model), or removes a new or unknown-model device with its history.</summary>
    internal static async Task<Results<Ok<DeviceDecisionResponse>, ValidationProblem, ProblemHttpResult>> Reject(
        string homeId, string deviceId, HttpContext context, DeviceRegistry registry, TelemetryService telemetry, DeviceBridge bridge,
        ILogger<DeviceBridge> logger)
    {
        if (DevicesApi.FindDevice(registry, homeId, deviceId) is null)
        {
            return DevicesApi.DeviceNotFound(homeId, deviceId);
        }

        var result = registry.RejectDevice(homeId, deviceId, version => ApiETags.Matches(context, version));
        switch (result.Outcome)
        {
            case DeviceDecisionOutcome.Applied when result.Removal is { } removal:
                var removed = await DevicesApi.FinishRemovalAsync(removal, telemetry, bridge, logger);
                return TypedResults.Ok(new DeviceDecisionResponse(deviceId, "rejected", result.Reason!, null, removed));
            case DeviceDecisionOutcome.Applied:
                ApiETags.Set(context, result.Device!.Version);
                return TypedResults.Ok(new DeviceDecisionResponse(deviceId, "rejected", result.Reason!, result.Device, null));
            case DeviceDecisionOutcome.PreconditionFailed:
                return ApiETags.PreconditionFailed(result.Device!.Version);
            case DeviceDecisionOutcome.NothingPending:
                return NothingPending(deviceId, "reject");
            default:
                return DevicesApi.DeviceNotFound(homeId, deviceId);
        }
    }

    private static ProblemHttpResult NothingPending(string deviceId, string decision) =>
        ApiProblems.Conflict($"Device '{deviceId}' is not pending: there is nothing to {decision}. (To remove it, DELETE it.)");
}
