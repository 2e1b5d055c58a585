namespace AiotHub.Gateway.Apis;

/// <summary>
/// Endpoint metadata: this endpoint's body may be as large as <paramref name="Bytes"/> (set by <paramref name="Setting"/>),
/// not Api:MaxRequestBodyBytes — for uploads whose limit their module owns (a firmware image: Ota:MaxImageBytes).
/// </summary>
internal sealed record RequestBodyLimit(long Bytes, string Setting);
