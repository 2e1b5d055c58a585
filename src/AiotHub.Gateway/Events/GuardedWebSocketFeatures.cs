using Microsoft.AspNetCore.Http.Features;

namespace AiotHub.Gateway.Events;

/// <summary>
/// The connection's upgrade features (HTTP/1.1 Upgrade, HTTP/2 extended CONNECT) handing out the
/// opaque stream wrapped in a <see cref="WebSocketFrameGuard"/>, so the WebSocket built on it by
/// UseWebSockets reads only frames that passed the guard.
/// </summary>
internal sealed class GuardedWebSocketFeatures(IHttpUpgradeFeature? upgrade, IHttpExtendedConnectFeature? connect, long maxMessageBytes)
    : IHttpUpgradeFeature, IHttpExtendedConnectFeature
{
    public bool IsUpgradableRequest => upgrade?.IsUpgradableRequest ?? false;

    public bool IsExtendedConnect => connect?.IsExtendedConnect ?? false;

    public string? Protocol => connect?.Protocol;

    public async Task<Stream> UpgradeAsync() =>
        new WebSocketFrameGuard(await (upgrade ?? throw new InvalidOperationException("not an upgradable request")).UpgradeAsync(), maxMessageBytes);

    public async ValueTask<Stream> AcceptAsync() =>
        new WebSocketFrameGuard(await (connect ?? throw new InvalidOperationException("not an extended CONNECT")).AcceptAsync(), maxMessageBytes);
}
