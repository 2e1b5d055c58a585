using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>POST …/devices/{deviceId}/approve: optionally a name and a room for the device (a new one, typically).</summary>
internal sealed record ApproveDeviceRequest(string? Name, string? RoomId)
{
    public List<ProfileError> Validate(DeviceRegistry registry, string homeId) =>
        new UpdateDeviceRequest(Name, RoomId, null).Validate(registry, homeId);
}
