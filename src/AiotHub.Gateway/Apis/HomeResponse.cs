using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// A home with its rooms, how many devices it holds, and the asking token's role in it (null with
/// authentication off) so an app can hide what the role may not do; <see cref="Sandbox"/> for a home made for integrators' fleets.
/// </summary>
internal sealed record HomeResponse(string Id, string Name, IReadOnlyList<Room> Rooms, int DeviceCount, AccessRole? Role = null, bool Sandbox = false);
