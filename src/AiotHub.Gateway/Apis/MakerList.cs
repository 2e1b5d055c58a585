namespace AiotHub.Gateway.Apis;

/// <summary>The answer of <c>GET /api/v1/makers</c>: the token's vendor namespaces.</summary>
internal sealed record MakerList(IReadOnlyList<Maker> Items);
