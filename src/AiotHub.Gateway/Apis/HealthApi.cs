using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>Liveness and readiness in one: 200 while the MQTT side works, 503 otherwise. Policy: anonymous (probes carry no token).</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth).AllowAnonymous();
        return app;
    }

    internal static Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> GetHealth(
        IMqttStatusSource mqtt, [FromServices] DeviceBridge? devices = null, [FromServices] TelemetryService? telemetry = null)
    {
        // Health is the MQTT side's: the bridge reconnects on its own, and its state is shown, not judged.
        var status = mqtt.GetStatus();
        var deviceStatus = devices?.GetStatus();
        var telemetryStatus = telemetry?.GetStatus();
        return status.Healthy
            ? TypedResults.Ok(new HealthResponse("healthy", status, deviceStatus, telemetryStatus))
            : TypedResults.Json(new HealthResponse("unhealthy", status, deviceStatus, telemetryStatus), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
