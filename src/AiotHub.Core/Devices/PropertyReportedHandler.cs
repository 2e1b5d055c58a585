namespace AiotHub.Core.Devices;

/// <summary>Called under the registry's lock for every validated reported value: be quick, never block, never call back into the registry.</summary>
public delegate void PropertyReportedHandler(in PropertyReport report);
