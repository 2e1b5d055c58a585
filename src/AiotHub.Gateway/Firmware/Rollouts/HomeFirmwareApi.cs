using System.Globalization;
using AiotHub.Automation.Automations;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// A home's firmware (docs/api.md "Firmware updates in a home"): each device's update, the tester switch and quiet
/// hours, postponing, refusing and allowing a device's update, a device's update history. Policies: reading — owner or
/// member (<see cref="AccessPolicy.HomeControl"/>); changing — the owner (<see cref="AccessPolicy.HomeOwner"/>).
/// </summary>
internal static class HomeFirmwareApi
{
    public const int MaxReleaseIdLength = 128;
    public static readonly TimeSpan DefaultPostpone = TimeSpan.FromDays(7);
    public static readonly TimeSpan MinPostpone = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxPostpone = TimeSpan.FromDays(90);

    public static RouteGroupBuilder MapHomeFirmwareApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}").WithTags("Firmware").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/firmware", GetFirmware);
        api.MapGet("/firmware/settings", GetSettings);
        api.MapPut("/firmware/settings", PutSettings).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/devices/{deviceId}/firmware", GetDeviceFirmware);
        api.MapPost("/devices/{deviceId}/firmware/postpone", Postpone).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapPost("/devices/{deviceId}/firmware/refuse", Refuse).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapPost("/devices/{deviceId}/firmware/allow", Allow).RequireAuthorization(AccessPolicy.HomeOwner);
        return api;
    }

    internal static Results<Ok<HomeFirmwareView>, ProblemHttpResult> GetFirmware(string homeId, DeviceRegistry registry, RolloutEngine engine) =>
        HomesApi.FindHome(registry, homeId) is null ? ApiProblems.HomeNotFound(homeId) : TypedResults.Ok(engine.Home(homeId));

    internal static Results<Ok<FirmwareSettingsView>, ProblemHttpResult> GetSettings(string homeId, DeviceRegistry registry, RolloutEngine engine) =>
        HomesApi.FindHome(registry, homeId) is null ? ApiProblems.HomeNotFound(homeId) : TypedResults.Ok(FirmwareSettingsView.Of(engine.Settings(homeId)));

    internal static Results<Ok<FirmwareSettingsView>, ValidationProblem, ProblemHttpResult> PutSettings(
        string homeId, FirmwareSettingsView? request, DeviceRegistry registry, RolloutEngine engine)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var errors = new List<ProfileError>();
        if (request?.Tester is null)
            errors.Add(new ProfileError("$.tester", "true or false: whether this home's devices try updates first"));
        QuietHours? quiet = null;
        if (request?.QuietHours is { } q)
        {
            var start = Time(q.Start, "$.quietHours.start", errors);
            var end = Time(q.End, "$.quietHours.end", errors);
            if (start is { } s && end is { } e)
            {
                if (s == e)
                    errors.Add(new ProfileError("$.quietHours.end", "differs from the start (leave quietHours null for none)"));
                quiet = new QuietHours(s, e);
            }
        }

        if (errors.Count > 0)
            return ApiProblems.Validation(errors, "The firmware settings are not valid; nothing was changed.");
        var settings = new FirmwareHomeSettings(request!.Tester!.Value, quiet);
        engine.SetSettings(homeId, settings);
        return TypedResults.Ok(FirmwareSettingsView.Of(settings));
    }

    internal static Results<Ok<DeviceFirmwareHistory>, ProblemHttpResult> GetDeviceFirmware(string homeId, string deviceId, DeviceRegistry registry, RolloutEngine engine) =>
        Find(registry, homeId, deviceId, out var device) is { } problem ? problem : TypedResults.Ok(engine.History(device!));

    internal static Results<Ok<DeviceFirmwareHistory>, ValidationProblem, ProblemHttpResult> Postpone(
        string homeId, string deviceId, PostponeFirmwareRequest? request, DeviceRegistry registry, RolloutEngine engine, TimeProvider time)
    {
        if (Find(registry, homeId, deviceId, out var device) is { } problem)
            return problem;
        var duration = DefaultPostpone;
        if (request?.For is { } text && (!AutomationDurations.TryParseDuration(text, allowNegative: false, out duration) || duration < MinPostpone || duration > MaxPostpone))
            return ApiProblems.Validation("$.for", "a duration from 1h to 90d, such as \"12h\" or \"7d\"");
        engine.Postpone(device!.Id, time.GetUtcNow() + duration);
        return TypedResults.Ok(engine.History(device));
    }

    internal static Results<Ok<DeviceFirmwareHistory>, ValidationProblem, ProblemHttpResult> Refuse(
        string homeId, string deviceId, RefuseFirmwareRequest? request, DeviceRegistry registry, RolloutEngine engine)
    {
        if (Find(registry, homeId, deviceId, out var device) is { } problem)
            return problem;
        if (request?.ReleaseId is not { Length: > 0 and <= MaxReleaseIdLength } releaseId)
            return ApiProblems.Validation("$.releaseId", "the id of the release to refuse (from the device's update)");
        engine.Refuse(device!.Id, releaseId);
        return TypedResults.Ok(engine.History(device));
    }

    internal static Results<Ok<DeviceFirmwareHistory>, ProblemHttpResult> Allow(string homeId, string deviceId, DeviceRegistry registry, RolloutEngine engine)
    {
        if (Find(registry, homeId, deviceId, out var device) is { } problem)
            return problem;
        engine.Allow(device!.Id);
        return TypedResults.Ok(engine.History(device));
    }

    private static ProblemHttpResult? Find(DeviceRegistry registry, string homeId, string deviceId, out Device? device)
    {
        device = null;
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (!registry.TryGetDevice(deviceId, out device) || device.HomeId != homeId)
            return ApiProblems.NotFound($"No device '{deviceId}' in home '{homeId}'.");
        return null;
    }

    private static TimeOnly? Time(string? text, string path, List<ProfileError> errors)
    {
        if (text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        errors.Add(new ProfileError(path, "a time of day as HH:mm, such as \"22:00\""));
        return null;
    }
}
