namespace AiotHub.Gateway.Apis;

/// <summary>One local day's energy in kWh (null when nothing was recorded that day).</summary>
public sealed record EnergyDay(DateOnly Date, double? Energy);
