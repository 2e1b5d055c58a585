namespace AiotHub.Gateway.Apis;

/// <summary>A version the home accepted, the one it used before (null: none), and the home's devices that use it now.</summary>
internal sealed record ProfileAcceptanceResponse(string Model, int Version, int? PreviousVersion, IReadOnlyList<string> Devices);
