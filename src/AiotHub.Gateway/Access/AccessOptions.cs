namespace AiotHub.Gateway.Access;

/// <summary>The "Api" section.</summary>
internal sealed class AccessOptions
{
    public const string SectionName = "Api";

    /// <summary>Every /api/v1 call needs a bearer token. Off only for a hub on a trusted bench.</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For is believed: IP addresses (127.0.0.1) or networks
    /// (10.0.0.0/8). Behind one, the client's address decides (the setup code's loopback rule, the
    /// per-address rate limit). Empty (the default): no proxy is believed, and a request that carries
    /// proxy headers is never taken for a local one.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
