using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Provisioning;

/// <summary>
/// Creates device identities in bulk (docs/security.md "Per-device credentials"): every device is checked first
/// and nothing changes unless all pass; then each gets a new secret (replacing any it had in the same home), the
/// rooms named that do not exist yet are made, and devices not yet known go to their home and room when they
/// first announce. Used by the provisioning API and, in-process, by `--demo`.
/// </summary>
internal sealed class DeviceProvisioning(DeviceRegistry registry, DeviceCredentials credentials, IOptions<MqttOptions> mqttOptions)
{
    public const int MaxDevices = 10_000;
    public const int MaxNewRooms = 100;
    public const int MaxNameLength = 64;

    /// <summary>The secrets, in the request's order; or the problem, and then nothing changed.</summary>
    public (IReadOnlyList<ProvisionedDevice>? Devices, ProvisionProblem? Problem) Provision(
        string homeId, IReadOnlyList<ProvisionDevice>? devices, DeviceCredentialOrigin origin)
    {
        if (devices is null || devices.Count is 0 or > MaxDevices)
            return (null, new ProvisionProblem("$.devices", $"give 1 to {MaxDevices} devices"));
        var rooms = registry.ListRooms(homeId);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var newRooms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < devices.Count; i++)
        {
            var device = devices[i];
            var path = $"$.devices[{i}]";
            if (device is null)
                return (null, new ProvisionProblem(path, "expected a device object"));
            if (device.Id is not { } id || !DeviceIds.IsValid(id))
                return (null, new ProvisionProblem(path + ".id", $"a device id is 1 to {DeviceIds.MaxLength} of A-Z a-z 0-9 - _"));
            if (!seen.Add(id))
                return (null, new ProvisionProblem(path + ".id", $"{id} appears twice (ids are compared without regard to case)"));
            if (device.Model is not { Length: > 0 and <= 128 } model || model.Any(char.IsControl))
                return (null, new ProvisionProblem(path + ".model", "a model id of 1 to 128 characters is required"));
            if (device.Name is { } name && (name.Trim().Length is 0 or > MaxNameLength || name.Any(char.IsControl)))
                return (null, new ProvisionProblem(path + ".name", $"a name is 1 to {MaxNameLength} characters without control characters"));
            if (device.Room is { } room)
            {
                if (room.Trim().Length is 0 or > MaxNameLength || room.Any(char.IsControl))
                    return (null, new ProvisionProblem(path + ".room", $"a room is an id or a name of 1 to {MaxNameLength} characters"));
                if (FindRoom(rooms, room) is null && newRooms.Add(room.Trim()) && newRooms.Count > MaxNewRooms)
                    return (null, new ProvisionProblem(path + ".room", $"at most {MaxNewRooms} new rooms per request"));
            }

            if (Conflict(homeId, id) is { } conflict)
                return (null, new ProvisionProblem(path + ".id", conflict, Conflict: true));
        }

        var roomIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in newRooms)
            roomIds[name] = registry.CreateRoom(homeId, name)!.Id;
        rooms = registry.ListRooms(homeId);
        var requests = devices.Select(d =>
        {
            var roomId = d.Room is null ? null : FindRoom(rooms, d.Room)?.Id;
            return new DeviceCredentialRequest(d.Id!, homeId, roomId, d.Name?.Trim());
        }).ToList();
        var secrets = credentials.Issue(requests, origin);
        foreach (var request in requests)
            registry.ExpectDevice(request.DeviceId, new DevicePlacement(homeId, request.RoomId, request.Name));
        return ([.. devices.Select((d, i) => new ProvisionedDevice(d.Id!, d.Model!, d.Name?.Trim(), d.Room?.Trim(), d.Id!, secrets[i]))], null);
    }

    /// <summary>Why <paramref name="id"/> cannot be provisioned in <paramref name="homeId"/>, or null.</summary>
    private string? Conflict(string homeId, string id)
    {
        if (registry.TryGetDevice(id, out var known) && known.HomeId != homeId)
            return $"{id} is a device of another home";
        if (credentials.IsClaimed(id) && credentials.Get(id) is null)
            return $"{id} differs only in case from a device that has credentials";
        if (credentials.Get(id) is { } existing && existing.HomeId != homeId)
            return $"{id} has credentials in another home";
        if (mqttOptions.Value.Users.ContainsKey(id) || mqttOptions.Value.Users.Keys.Any(u => string.Equals(u, id, StringComparison.OrdinalIgnoreCase)))
            return $"{id} is a configured MQTT user (Mqtt:Users)";
        return null;
    }

    private static Room? FindRoom(IReadOnlyList<Room> rooms, string room)
    {
        var trimmed = room.Trim();
        return rooms.FirstOrDefault(r => r.Id == trimmed) ?? rooms.FirstOrDefault(r => r.Name == trimmed);
    }
}
