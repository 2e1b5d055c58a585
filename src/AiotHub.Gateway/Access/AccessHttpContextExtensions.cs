namespace AiotHub.Gateway.Access;

/// <summary>The request's authenticated token, set by <see cref="BearerAuthenticationHandler"/>.</summary>
internal static class AccessHttpContextExtensions
{
    private static readonly object Key = new();

    public static void SetAccessToken(this HttpContext context, AccessToken token) => context.Items[Key] = token;

    /// <summary>The token, or null when the request has none (only possible with authentication switched off).</summary>
    public static AccessToken? GetAccessToken(this HttpContext context) => context.Items.TryGetValue(Key, out var token) ? token as AccessToken : null;
}
