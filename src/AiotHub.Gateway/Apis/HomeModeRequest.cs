namespace AiotHub.Gateway.Apis;

/// <summary>PUT …/mode: <c>{"mode": "away"}</c>, one of home, away, sleep.</summary>
internal sealed record HomeModeRequest(string? Mode);
