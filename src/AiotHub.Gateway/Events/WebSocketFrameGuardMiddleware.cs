using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Before UseWebSockets: a WebSocket request's upgrade features are swapped for
/// <see cref="GuardedWebSocketFeatures"/>, so every WebSocket the hub accepts checks its client's
/// frames (<see cref="WebSocketFrameGuard"/>); a message is at most Api:MaxRequestBodyBytes.
/// </summary>
internal sealed class WebSocketFrameGuardMiddleware(RequestDelegate next, IOptions<ApiLimitsOptions> limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        var connect = context.Features.Get<IHttpExtendedConnectFeature>();
        if (upgrade is { IsUpgradableRequest: true } || connect is { IsExtendedConnect: true })
        {
            var guarded = new GuardedWebSocketFeatures(upgrade, connect, limits.Value.MaxRequestBodyBytes);
            if (upgrade is not null)
                context.Features.Set<IHttpUpgradeFeature>(guarded);
            if (connect is not null)
                context.Features.Set<IHttpExtendedConnectFeature>(guarded);
        }

        return next(context);
    }
}
