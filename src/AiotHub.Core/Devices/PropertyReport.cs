using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// One validated reported value, as <see cref="DeviceRegistry.PropertyReported"/> hands it over:
/// whose it is (home, room, device, model), which property ("service.property", with the profile's
/// <see cref="ProfileProperty"/>, so <see cref="ProfileProperty.Telemetry"/> is known), the value, the
/// time the device gave (or the hub's receipt) and whether it differs from the previous report.
/// A struct passed by reference: raising it allocates nothing.
/// </summary>
public readonly record struct PropertyReport(
    string HomeId,
    string? RoomId,
    string DeviceId,
    string Model,
    string Key,
    ProfileService Service,
    ProfileProperty Property,
    JsonElement Value,
    DateTimeOffset Time,
    bool Changed);
