using AiotHub.Gateway.Mqtt;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>Liveness and readiness in one: 200 while the MQTT side works, 503 otherwise.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    internal static Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> GetHealth(IMqttStatusSource mqtt)
    {
        var status = mqtt.GetStatus();
        return status.Healthy
            ? TypedResults.Ok(new HealthResponse("healthy", status))
            : TypedResults.Json(new HealthResponse("unhealthy", status), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
