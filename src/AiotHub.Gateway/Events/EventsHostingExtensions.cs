using AiotHub.Core.Events;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Events;

/// <summary>
/// builder.AddEvents(): the "Events" section bound straight into the feed's <see cref="HomeEventFeedOptions"/> (the registry
/// takes it) and the streams' <see cref="EventsOptions"/>, both checked at start; the streams' shared frames and WebSocket keep-alives.
/// </summary>
internal static class EventsHostingExtensions
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HomeEventFeedOptions>().BindConfiguration(EventsOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HomeEventFeedOptions>, HomeEventFeedOptionsValidator>();
        builder.Services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new HomeEventFrames(services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        builder.Services.AddOptions<WebSocketOptions>().Configure<IOptions<EventsOptions>>((ws, events) => ws.KeepAliveInterval = events.Value.HeartbeatInterval);
        return builder;
    }

    /// <summary>UseWebSockets, with every accepted WebSocket checking its client's frames (<see cref="WebSocketFrameGuard"/>).</summary>
    public static WebApplication UseGuardedWebSockets(this WebApplication app)
    {
        app.UseMiddleware<WebSocketFrameGuardMiddleware>();
        app.UseWebSockets();
        return app;
    }
}
