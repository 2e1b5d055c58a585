using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Provisioning;
using AiotHub.Mqtt.Broker;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes/{homeId}/devices/provision — device identities in bulk (up to 10,000, body up to
/// Api:MaxProfileBytes), their secrets returned once as the credentials file <c>aiothub-sim --credentials FILE</c>
/// reads. Policy: the home's owner, or an integrator — and an integrator only in a sandbox home
/// (<see cref="AccessPolicy.HomeProvision"/>; the sandbox check is here).
/// </summary>
internal static class ProvisioningApi
{
    public static RouteHandlerBuilder MapProvisioningApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/homes/{homeId}/devices/provision", ProvisionAsync).WithTags("Devices")
            .RequireAuthorization(AccessPolicy.HomeProvision).WithMetadata(ProfileBodyLimit.Instance);

    internal static async Task<Results<Ok<ProvisionResponse>, ValidationProblem, ProblemHttpResult>> ProvisionAsync(
        string homeId, ProvisionRequest? request, HttpContext context, DeviceRegistry registry, SandboxHomes sandboxes,
        DeviceProvisioning provisioning, DeviceCredentials credentials, DeviceCredentialChanges changes,
        IOptions<DevicesOptions> devices, IOptions<MqttOptions> mqtt, IOptions<MqttBrokerOptions> brokerSettings, EmbeddedBrokerService broker, CancellationToken cancellationToken)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        if (context.GetAccessToken()?.RoleIn(homeId) == AccessRole.Integrator && !sandboxes.Contains(homeId))
            return TypedResults.Problem($"An integrator provisions devices only in a sandbox home; '{homeId}' is not one (an owner makes one with POST /api/v1/homes).",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        if (mqtt.Value.Mode != MqttMode.Embedded)
            return ApiProblems.Conflict("Provisioning needs the embedded broker (Mqtt:Mode=Embedded): an external broker would not accept these credentials.");

        var replaced = request?.Devices?.Where(d => d?.Id is not null && credentials.Get(d.Id) is not null).Select(d => d.Id!).ToList() ?? [];
        var (issued, problem) = provisioning.Provision(homeId, request?.Devices, DeviceCredentialOrigin.Provisioning);
        if (problem is not null)
            return problem.Conflict ? ApiProblems.Conflict(problem.Message) : ApiProblems.Validation(problem.Path, problem.Message);

        // A device provisioned again gets a new secret: the one it connected with is refused from now on.
        foreach (var id in replaced)
            await changes.DisconnectAsync(id, endSession: false, cancellationToken);
        var port = broker.Broker?.LocalEndPoints is [var endPoint, ..] ? endPoint.Port : brokerSettings.Value.Port ?? 0;
        var host = context.Request.Host.Host;
        var brokerUrl = $"mqtt://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";
        return TypedResults.Ok(new ProvisionResponse(homeId, devices.Value.TopicRoot, brokerUrl, issued!));
    }
}
