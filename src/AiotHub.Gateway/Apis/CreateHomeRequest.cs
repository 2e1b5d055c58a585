namespace AiotHub.Gateway.Apis;

/// <summary>The body of POST /api/v1/homes: the new (sandbox) home's name.</summary>
internal sealed record CreateHomeRequest(string? Name);
