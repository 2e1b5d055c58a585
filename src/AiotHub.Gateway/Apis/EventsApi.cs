using System.Globalization;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;
using FromQueryAttribute = Microsoft.AspNetCore.Mvc.FromQueryAttribute;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/events: a home's live changes as Server-Sent Events, or over a WebSocket
/// at /events/ws; both resumable from the last event id within the feed's window (docs/api.md "Live events").
/// </summary>
internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}").WithTags("Events").RequireAuthorization(AccessPolicy.HomeRead);
        // A browser's EventSource and WebSocket cannot set headers: these two alone take ?access_token=.
        api.MapGet("/events", StreamEvents).Produces<string>(StatusCodes.Status200OK, contentType: "text/event-stream").WithMetadata(QueryAccessTokenAllowed.Instance);
        api.MapGet("/events/ws", StreamEventsOverWebSocket).Produces(StatusCodes.Status101SwitchingProtocols).WithMetadata(QueryAccessTokenAllowed.Instance);
        return api;
    }

    internal static async Task<IResult> StreamEvents(string homeId, HttpContext context, DeviceRegistry registry,
        IOptions<EventsOptions> options, HomeEventFrames frames, TimeProvider time,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventIdHeader = null, [FromQuery] string? lastEventId = null,
        [FromQuery] string[]? types = null)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        // The header is what a reconnecting EventSource sends; the query parameter serves clients that cannot set headers.
        if (!TryParseId(lastEventIdHeader ?? lastEventId, out var after))
            return ApiProblems.Validation(lastEventIdHeader is null ? "lastEventId" : "Last-Event-ID", "expected an event id (a whole number)");

        if (!HomeEventFilter.TryParse(types ?? [], context.LimitedScenes(homeId), context.IsGuestIn(homeId), out var filter, out var unknown))
            return UnknownType(unknown);
        using var subscription = registry.Events.Subscribe(homeId, after);
        try
        {
            await ServerSentEventsStream.RunAsync(context.Response, subscription, filter, frames,
                options.Value.HeartbeatInterval, time, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected: the normal end of a stream.
        }

        return TypedResults.Empty;
    }

    internal static async Task<IResult> StreamEventsOverWebSocket(string homeId, HttpContext context, DeviceRegistry registry,
        HomeEventFrames frames, [FromQuery] string? lastEventId = null, [FromQuery] string[]? types = null)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        if (!HomeEventFilter.TryParse(types ?? [], context.LimitedScenes(homeId), context.IsGuestIn(homeId), out var filter, out var unknown))
            return UnknownType(unknown);
        if (!context.WebSockets.IsWebSocketRequest)
            return ApiProblems.Validation("$", "expected a WebSocket upgrade request");
        if (!TryParseId(lastEventId, out var after))
            return ApiProblems.Validation("lastEventId", "expected an event id (a whole number)");

        using var subscription = registry.Events.Subscribe(homeId, after);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await WebSocketEventsStream.RunAsync(socket, subscription, filter, frames, context.RequestAborted);
        return TypedResults.Empty;
    }

    private static ValidationProblem UnknownType(string type) =>
        ApiProblems.Validation("types", $"unknown event type '{type}': expected any of {string.Join(", ", HomeEventCatalog.All)}");

    private static bool TryParseId(string? text, out long? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            return false;
        id = parsed;
        return true;
    }
}
