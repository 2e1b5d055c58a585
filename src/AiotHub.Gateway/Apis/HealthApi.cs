using AiotHub.Automation.Automations;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Automations;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Telemetry;
using AiotHub.Gateway.Voice;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Liveness and readiness in one: 200 while the MQTT side works, 503 otherwise. Policy: anonymous (probes carry no
/// token). The figures (listening addresses, connections, devices, telemetry) tell about every household on the hub:
/// they go to a caller on the hub's own machine (loopback, as for the setup code) and to the hub's administrators —
/// an owner or integrator of the default home (<see cref="HubFigures"/>, the same rule as /metrics); anyone else gets the status alone.
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth).AllowAnonymous();
        return app;
    }

    internal static Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> GetHealth(
        HttpContext context, IMqttStatusSource mqtt, [FromServices] DeviceBridge? devices = null, [FromServices] TelemetryService? telemetry = null,
        [FromServices] AutomationEngine? automations = null, [FromServices] AutomationCatalog? catalog = null,
        [FromServices] DeviceVoiceService? voice = null)
    {
        // Health is the MQTT side's: the bridge reconnects on its own, and its state is shown, not judged.
        var status = mqtt.GetStatus();
        var response = HubFigures.MaySee(context)
            ? new HealthResponse(status.Healthy ? "healthy" : "unhealthy", status, devices?.GetStatus(), telemetry?.GetStatus(),
                automations is null ? null : AutomationStatus.Of(automations, catalog), voice?.GetStatus())
            : new HealthResponse(status.Healthy ? "healthy" : "unhealthy");
        return status.Healthy
            ? TypedResults.Ok(response)
            : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
