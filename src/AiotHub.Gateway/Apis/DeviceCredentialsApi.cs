using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices.Credentials;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/devices/{deviceId}/credentials — a device's MQTT credentials (docs/security.md
/// "Per-device credentials"): what the device page shows (never the secret), rotating (a new secret, returned once;
/// the old one refused at once and the device disconnected) and revoking (the device and its session ended; it
/// cannot connect until paired again). Policy: owner or member (<see cref="AccessPolicy.HomeControl"/>); guests
/// and integrators see nothing of them.
/// </summary>
internal static class DeviceCredentialsApi
{
    public static RouteGroupBuilder MapDeviceCredentialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/devices/{deviceId}/credentials").WithTags("Devices").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/", GetCredentials);
        api.MapPost("/rotate", RotateAsync);
        api.MapPost("/revoke", RevokeAsync);
        api.MapDelete("/", RevokeAsync);
        return api;
    }

    internal static Results<Ok<DeviceCredentialsResponse>, ProblemHttpResult> GetCredentials(
        string homeId, string deviceId, DeviceRegistry registry, DeviceCredentials credentials) =>
        Find(homeId, deviceId, registry, credentials) is { } credential
            ? TypedResults.Ok(DeviceCredentialsResponse.From(credential))
            : NotFound(homeId, deviceId);

    internal static async Task<Results<Ok<DeviceSecretResponse>, ProblemHttpResult>> RotateAsync(
        string homeId, string deviceId, DeviceRegistry registry, DeviceCredentials credentials, DeviceCredentialChanges changes, CancellationToken cancellationToken)
    {
        if (Find(homeId, deviceId, registry, credentials) is not { } credential)
            return NotFound(homeId, deviceId);
        if (credential.IsRevoked)
            return ApiProblems.Conflict($"The credentials of '{deviceId}' are revoked; pair the device again to give it new ones.");
        return await changes.RotateAsync(deviceId, cancellationToken) is { } secret
            ? TypedResults.Ok(new DeviceSecretResponse(deviceId, deviceId, secret))
            : ApiProblems.Conflict($"The credentials of '{deviceId}' are revoked; pair the device again to give it new ones.");
    }

    internal static async Task<Results<Ok<DeviceCredentialsResponse>, ProblemHttpResult>> RevokeAsync(
        string homeId, string deviceId, DeviceRegistry registry, DeviceCredentials credentials, DeviceCredentialChanges changes, CancellationToken cancellationToken)
    {
        if (Find(homeId, deviceId, registry, credentials) is null)
            return NotFound(homeId, deviceId);
        // Revoking twice changes nothing and answers the same.
        await changes.RevokeAsync(deviceId, cancellationToken);
        return TypedResults.Ok(DeviceCredentialsResponse.From(credentials.Get(deviceId)!));
    }

    /// <summary>The device's credentials when they belong to this home (the device may not have announced yet).</summary>
    private static DeviceCredential? Find(string homeId, string deviceId, DeviceRegistry registry, DeviceCredentials credentials) =>
        credentials.Get(deviceId) is { } credential &&
        (registry.TryGetDevice(deviceId, out var device) ? device.HomeId == homeId : credential.HomeId == homeId)
            ? credential
            : null;

    private static ProblemHttpResult NotFound(string homeId, string deviceId) =>
        ApiProblems.NotFound($"Device '{deviceId}' in home '{homeId}' has no credentials (it connects anonymously from the hub machine, or does not exist).");
}
