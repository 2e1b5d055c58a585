using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// One validated reported value, as <see cref="DeviceRegistry.PropertyReported"/> hands it over:
/// whose it is (home, room, device, model), which property ("service.property", with the profile's
/// <see cref="ProfileProperty"/>, so <see cref="ProfileProperty.Telemetry"/> is known), the value, the
/// time the device gave (or the hub's receipt), whether it differs from the previous report, and whether it is
/// <paramref name="Late"/>: older than the twin's newest value for the property (a reading the device buffered, or a
/// redelivery of one) — history for the recorder, which may already hold it, not the property's state.
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
    bool Changed,
    bool Late);
