namespace AiotHub.Gateway.Access;

/// <summary>
/// How a request reached the hub, noted before X-Forwarded-For is applied: whether the peer that
/// connected is a trusted proxy, and whether it said who its client is (an X-Forwarded-For header).
/// </summary>
internal sealed record ProxiedRequest(bool PeerIsTrustedProxy, bool HadForwardedFor)
{
    private static readonly object Key = new();

    public static ProxiedRequest? Of(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as ProxiedRequest : null;

    public void Attach(HttpContext context) => context.Items[Key] = this;
}
