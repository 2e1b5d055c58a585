using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Telemetry;
using AiotHub.Telemetry.Recorder;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Recorded telemetry: /api/v1/homes/{homeId}/devices/{deviceId}/history (a property's raw or
/// aggregated series) and /energy (kWh per local day for metering plugs) — policy
/// <see cref="AccessPolicy.HistoryRead"/>: owner, member, integrator; not guests, whose access is
/// for the moment (a guest sees what the house does now, not when people came and went).
/// /api/v1/telemetry (each of the token's homes; hub-wide recorder and export status for the default
/// home's owner) — <see cref="AccessPolicy.TelemetryRead"/>: an owner or integrator;
/// /api/v1/telemetry/purge — <see cref="AccessPolicy.TelemetryPurge"/>: an owner.
/// </summary>
internal static class HistoryApi
{
    public const int MaxEnergyDays = 90;

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/v1/homes/{homeId}/devices/{deviceId}").WithTags("History").RequireAuthorization(AccessPolicy.HistoryRead);
        devices.MapGet("/history", GetHistory);
        devices.MapGet("/energy", GetEnergy);
        var telemetry = app.MapGroup("/api/v1/telemetry").WithTags("History");
        telemetry.MapGet("/", GetStatus).RequireAuthorization(AccessPolicy.TelemetryRead);
        telemetry.MapPost("/purge", Purge).RequireAuthorization(AccessPolicy.TelemetryPurge);
        return app;
    }

    internal static Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult> GetHistory(
        string homeId, string deviceId, string? property, string? from, string? to, string? step,
        DeviceRegistry registry, TelemetryService telemetry, TimeProvider time)
    {
        if (!registry.TryGetDevice(deviceId, out var device) || device.HomeId != homeId)
            return ApiProblems.NotFound($"No device '{deviceId}' in home '{homeId}'.");
        if (string.IsNullOrWhiteSpace(property))
            return ApiProblems.Validation("property", "which property: service.property, e.g. temperature-humidity-sensor.temperature");
        var errors = new List<ProfileError>();
        var now = time.GetUtcNow();
        var end = HistoryQuery.Time(to, "to", errors) ?? now;
        var start = HistoryQuery.Time(from, "from", errors) ?? HistoryQuery.DayBefore(end, errors) ?? end;
        var bucket = HistoryQuery.Step(step, errors);
        if (errors.Count == 0 && start >= end)
            errors.Add(new ProfileError("from", "from must be before to"));
        if (errors.Count == 0 && bucket is { } b && (end - start) / b > HistoryQuery.MaxPoints)
            errors.Add(new ProfileError("step", $"a {step} step over this range makes more than {HistoryQuery.MaxPoints} points; choose a larger step or a shorter range"));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        if (FindProperty(registry, device, property) is not { } found)
            return ApiProblems.NotFound($"No property '{property}' on device '{deviceId}'.");

        var series = telemetry.Recorder.History(deviceId, found.Key, start, end, bucket);
        var points = series.Step is null
            ? series.Points.Select(p => new HistoryPointResponse(p.Time, Value: RawValue(p))).ToList()
            : series.Points.Select(p => new HistoryPointResponse(p.Time, Min: p.Min, Max: p.Max, Mean: p.Mean, Last: p.Last, Count: p.Count)).ToList();
        return TypedResults.Ok(new HistoryResponse(deviceId, found.Key, found.Property.Value.Unit, series.Resolution,
            series.Step is { } s ? HistoryQuery.Format(s) : null, start, end, points));
    }

    internal static Results<Ok<EnergyResponse>, ValidationProblem, ProblemHttpResult> GetEnergy(
        string homeId, string deviceId, string? days, DeviceRegistry registry, TelemetryService telemetry, TimeProvider time)
    {
        if (!registry.TryGetDevice(deviceId, out var device) || device.HomeId != homeId)
            return ApiProblems.NotFound($"No device '{deviceId}' in home '{homeId}'.");
        // Bound as text: a value past int (or not a number) is this 400 naming days, not the framework's bare one.
        var count = 7;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxEnergyDays))
            return ApiProblems.Validation("days", $"days is a whole number from 1 to {MaxEnergyDays}");
        if (FindProperty(registry, device, EnergyDays.Key) is not { } found)
            return ApiProblems.NotFound($"Device '{deviceId}' does not meter energy (it has no {EnergyDays.Key}).");
        var zone = time.LocalTimeZone;
        var energy = EnergyDays.Compute(telemetry.Recorder, deviceId, count, time.GetUtcNow(), zone);
        return TypedResults.Ok(new EnergyResponse(deviceId, found.Key, found.Property.Value.Unit ?? "kWh", zone.Id,
            [.. energy.Select(e => new EnergyDay(e.Date, e.Energy))]));
    }

    /// <summary>
    /// Per home for the homes the token owns or integrates; hub-wide (the recorder's file, every
    /// sample, the InfluxDB export) only for an owner of the default home — the hub's first owner,
    /// whose setup made it — since those figures tell about every household on the hub.
    /// </summary>
    internal static Ok<TelemetryStatusResponse> GetStatus(HttpContext context, DeviceRegistry registry, TelemetryService telemetry)
    {
        var token = context.GetAccessToken();
        bool Sees(string homeId) => token is null || token.RoleIn(homeId) is AccessRole.Owner or AccessRole.Integrator;
        var homes = registry.ListHomes().Where(h => Sees(h.Id)).Select(h =>
        {
            var devices = registry.ListDevices(new DeviceQuery(HomeId: h.Id)).Select(d => d.Id).ToList();
            var figures = telemetry.Recorder.Figures(devices);
            return new HomeTelemetryStatus(h.Id, devices.Count, figures.Series, figures.RawSamples);
        }).ToList();
        // Without a token (Api:RequireAuthentication off, a bench) everything is visible anyway.
        if (token is not null && token.RoleIn(DeviceRegistry.DefaultHomeId) != AccessRole.Owner)
            return TypedResults.Ok(new TelemetryStatusResponse(homes));
        var hub = telemetry.GetStatus();
        return TypedResults.Ok(new TelemetryStatusResponse(homes, hub.Recorder, hub.Influx));
    }

    /// <summary>
    /// A device's data when the caller owns its home; without a device, everything when the caller
    /// owns every home on the hub, otherwise the data of the devices in the homes it owns.
    /// </summary>
    internal static Results<Ok<PurgeTelemetryResponse>, ProblemHttpResult> Purge(
        PurgeTelemetryRequest? request, HttpContext context, DeviceRegistry registry, TelemetryService telemetry)
    {
        var token = context.GetAccessToken();
        bool Owns(string homeId) => token?.RoleIn(homeId) == AccessRole.Owner;
        var before = request?.Before;
        if (request?.DeviceId is { } id)
        {
            if (!registry.TryGetDevice(id, out var device) || !Owns(device.HomeId))
                return ApiProblems.NotFound($"No device '{id}' in a home you own.");
            return TypedResults.Ok(new PurgeTelemetryResponse(telemetry.Recorder.Purge(id, before)));
        }

        if (registry.ListHomes().All(h => Owns(h.Id)))
            return TypedResults.Ok(new PurgeTelemetryResponse(telemetry.Recorder.Purge(null, before)));
        var deleted = registry.ListDevices().Where(d => Owns(d.HomeId)).Sum(d => telemetry.Recorder.Purge(d.Id, before));
        return TypedResults.Ok(new PurgeTelemetryResponse(deleted));
    }

    /// <summary>The property by "service.property" (or "siid.piid") in the device's profile, with its canonical key.</summary>
    private static (string Key, ProfileProperty Property)? FindProperty(DeviceRegistry registry, Device device, string key)
    {
        if (registry.ProfileOf(device.Id) is not { } profile
            || ProfileMembers.FindProperty(profile, key, out _) is not ({ } service, { } property))
            return null;
        return (ProfileMembers.Key(service, property.Name), property);
    }

    private static JsonElement? RawValue(HistoryPoint point)
    {
        if (point.Last is { } number)
            return JsonSerializer.SerializeToElement(number);
        if (point.Text is not { } text)
            return null;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
