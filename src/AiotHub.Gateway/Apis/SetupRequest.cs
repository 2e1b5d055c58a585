namespace AiotHub.Gateway.Apis;

internal sealed record SetupRequest(string? Code, string? Name);
