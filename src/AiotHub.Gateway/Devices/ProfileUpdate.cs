using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// A version of a model newer than the one the home uses (<see cref="CurrentVersion"/>; null when it uses none):
/// whether it passes the compatibility check against it, what it removes or narrows, the home's devices that
/// would take it (those not pinned to a version), and whether it is published or private to this home.
/// </summary>
internal sealed record ProfileUpdate(
    string Model, int Version, int? CurrentVersion, bool Compatible, IReadOnlyList<ProfileChange> Changes,
    IReadOnlyList<string> Devices, bool Published);
