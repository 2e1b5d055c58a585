using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Pairing;
using AiotHub.Mqtt.Broker;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/pairings — "Add a device" (docs/security.md "Pairing a device"): a one-time code for one
/// device, its expiry and a QR payload; the open codes (never the codes themselves again); cancelling one.
/// Policy: owner or member (<see cref="AccessPolicy.HomeControl"/>).
/// </summary>
internal static class PairingsApi
{
    public static RouteGroupBuilder MapPairingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/pairings").WithTags("Pairing").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/", CreatePairing);
        api.MapGet("/", ListPairings);
        api.MapDelete("/{pairingId}", CancelPairing);
        return api;
    }

    internal static Results<Created<PairingResponse>, ValidationProblem, ProblemHttpResult> CreatePairing(
        string homeId, CreatePairingRequest? request, HttpContext context, DeviceRegistry registry, PairingCodes codes,
        IOptions<MqttOptions> mqtt, IOptions<MqttBrokerOptions> brokerSettings, EmbeddedBrokerService broker)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        if (mqtt.Value.Mode != MqttMode.Embedded)
            return ApiProblems.Conflict("Pairing needs the embedded broker (Mqtt:Mode=Embedded): an external broker would not accept the credentials the hub gives a device.");
        var name = request?.Name?.Trim();
        if (name is not null && (name.Length is 0 or > HomesApi.MaxNameLength || name.Any(char.IsControl)))
            return ApiProblems.Validation("$.name", $"a name is 1 to {HomesApi.MaxNameLength} characters without control characters");
        if (request?.RoomId is { } roomId && registry.GetRoom(homeId, roomId) is null)
            return ApiProblems.Validation("$.roomId", $"no room '{roomId}' in home '{homeId}'");
        if (request?.DeviceId is { } deviceId && (!registry.TryGetDevice(deviceId, out var device) || device.HomeId != homeId))
            return ApiProblems.Validation("$.deviceId", $"no device '{deviceId}' in home '{homeId}' to re-pair");
        if (codes.Create(homeId, request?.RoomId, name, request?.DeviceId) is not { } created)
            return ApiProblems.Conflict($"{PairingCodes.MaxOpenPerHome} pairing codes are open in this home already; cancel one or let them expire.");
        var (pairing, code) = created;
        return TypedResults.Created($"/api/v1/homes/{homeId}/pairings/{pairing.Id}",
            PairingResponse.From(pairing, code, QrPayload(code, context.Request.Host.Host, broker, brokerSettings.Value)));
    }

    internal static Results<Ok<Page<PairingResponse>>, ValidationProblem, ProblemHttpResult> ListPairings(
        string homeId, [AsParameters] PageQuery page, DeviceRegistry registry, PairingCodes codes)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(codes.List(homeId).Select(p => PairingResponse.From(p)), p => ApiPaging.OldestFirst(p.Created, p.Id), request))
            : problem;
    }

    internal static Results<NoContent, ProblemHttpResult> CancelPairing(string homeId, string pairingId, PairingCodes codes) =>
        codes.Cancel(homeId, pairingId) ? TypedResults.NoContent() : ApiProblems.NotFound($"No open pairing '{pairingId}' in home '{homeId}'.");

    /// <summary>
    /// What the app's QR code carries: <c>aiothub://pair?code=…&amp;broker=mqtt://host:port</c> (and
    /// <c>&amp;tls=mqtts://host:port</c> with the TLS listener), the host being the one the app reached the hub by.
    /// </summary>
    internal static string QrPayload(string code, string host, EmbeddedBrokerService broker, MqttBrokerOptions mqtt)
    {
        var ports = broker.Broker?.LocalEndPoints.Select(e => e.Port).ToList() ?? [];
        var configured = mqtt.Port ?? 0;
        var plain = ports.Count > 0 && configured != 0 ? configured : ports.FirstOrDefault(configured);
        var hostPart = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var payload = $"aiothub://pair?code={code}&broker={Uri.EscapeDataString($"mqtt://{hostPart}:{plain}")}";
        if (mqtt.TlsPort is { } tls)
        {
            var tlsPort = tls != 0 ? tls : ports.Skip(1).FirstOrDefault(tls);
            payload += $"&tls={Uri.EscapeDataString($"mqtts://{hostPart}:{tlsPort}")}";
        }

        return payload;
    }
}
