using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>PATCH /api/v1/homes/{homeId}/devices/{deviceId}: what is given changes, the rest stays.</summary>
internal sealed record UpdateDeviceRequest(string? Name, string? RoomId, IReadOnlyList<string>? Aliases)
{
    private const int MaxAliases = 16;

    public List<ProfileError> Validate(DeviceRegistry registry, string homeId)
    {
        var errors = new List<ProfileError>();
        if (Name is not null)
        {
            ApiNames.Read(Name, "$.name", HomesApi.MaxNameLength, $"a name has 1 to {HomesApi.MaxNameLength} characters", errors);
        }

        if (RoomId is not null && registry.ListRooms(homeId).All(r => r.Id != RoomId))
        {
            errors.Add(new ProfileError("$.roomId", $"'{RoomId}' is not a room of home '{homeId}'"));
        }

        if (Aliases is not null)
        {
            if (Aliases.Count > MaxAliases)
            {
                errors.Add(new ProfileError("$.aliases", $"at most {MaxAliases} aliases"));
            }

            for (var i = 0; i < Aliases.Count; i++)
            {
                ApiNames.Read(Aliases[i], $"$.aliases[{i}]", HomesApi.MaxNameLength, $"an alias has 1 to {HomesApi.MaxNameLength} characters", errors);
            }
        }

        return errors;
    }
}
