using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// How one firmware version of one model does on this hub (docs/ota.md "Feedback from homes"): its devices, how many are
/// online and offline now, its commands' outcomes and p95 latency in the window, the hub's counters of bad input from
/// those devices (since the hub started), and the problem reports homes sent about it.
/// </summary>
internal sealed record FirmwareHealth(
    string Model,
    string? Firmware,
    int Devices,
    int Online,
    int Offline,
    double? OfflineRate,
    FirmwareCommandHealth Commands,
    DeviceCounters Malformed,
    int Reports);
