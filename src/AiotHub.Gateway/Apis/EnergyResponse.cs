namespace AiotHub.Gateway.Apis;

/// <summary>Energy per local day (the hub's time zone), oldest first, from the plug's cumulative kWh counter.</summary>
public sealed record EnergyResponse(string DeviceId, string Property, string Unit, string TimeZone, IReadOnlyList<EnergyDay> Days);
