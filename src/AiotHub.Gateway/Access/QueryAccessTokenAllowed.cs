namespace AiotHub.Gateway.Access;

/// <summary>
/// Endpoint metadata: this endpoint also accepts the bearer token as <c>?access_token=</c>
/// (RFC 6750 §2.3). Only the live event streams carry it, because a browser's EventSource (and
/// WebSocket) cannot set an Authorization header; everywhere else a token in a URL — which ends up
/// in logs, history and Referer headers — is refused.
/// </summary>
internal sealed class QueryAccessTokenAllowed
{
    public const string QueryName = "access_token";

    public static readonly QueryAccessTokenAllowed Instance = new();

    private QueryAccessTokenAllowed()
    {
    }
}
