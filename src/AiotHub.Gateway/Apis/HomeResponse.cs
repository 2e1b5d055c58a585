using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Apis;

/// <summary>A home with its rooms and how many devices it holds.</summary>
internal sealed record HomeResponse(string Id, string Name, IReadOnlyList<Room> Rooms, int DeviceCount);
