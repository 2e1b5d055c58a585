namespace AiotHub.Core.Devices;

/// <summary>Called for every validated reported value after the registry's lock is released, in report order: be quick (the device's link waits); calling back into the registry is fine.</summary>
public delegate void PropertyReportedHandler(in PropertyReport report);
