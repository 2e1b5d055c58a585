using System.Buffers;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// Scene steps from the home as it is now: per device, one set step with every writable property's
/// last reported value (values a device reported out of spec are left out, as a set would refuse them).
/// </summary>
internal static class SceneSnapshot
{
    public static List<SceneStep> Steps(DeviceRegistry registry, string homeId, IReadOnlyList<string>? deviceIds, List<ProfileError> errors)
    {
        IEnumerable<Device> devices;
        if (deviceIds is null)
            devices = registry.ListDevices(new DeviceQuery(HomeId: homeId)).Where(d => d.Status != DeviceStatus.Pending);
        else
        {
            var named = new List<Device>();
            for (var i = 0; i < deviceIds.Count; i++)
            {
                if (SceneValidator.FindProfile(registry, homeId, deviceIds[i], out var problem) is null)
                    errors.Add(new ProfileError(JsonPath.Index("$.deviceIds", i), problem!));
                else if (registry.TryGetDevice(deviceIds[i], out var device) && named.All(d => d.Id != device.Id))
                    named.Add(device);
            }

            devices = named;
        }

        var steps = new List<SceneStep>();
        foreach (var device in devices)
        {
            if (registry.ProfileOf(device.Id) is { } profile && Values(profile, device) is { } values)
                steps.Add(new SceneStep(device.Id, Set: values));
        }

        if (errors.Count == 0 && steps.Count == 0)
            errors.Add(new ProfileError(deviceIds is null ? "$" : "$.deviceIds", "no device has reported a writable property value yet"));
        return steps;
    }

    private static JsonElement? Values(DeviceProfile profile, Device device)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var count = 0;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var service in profile.Services)
            {
                foreach (var property in service.Properties.Where(p => p.CanWrite))
                {
                    var key = ProfileMembers.Key(service, property.Name);
                    if (device.Properties.GetValueOrDefault(key)?.Reported is not { } reported
                        || ProfileValueValidator.ValidateSet(property, reported.Value).Count > 0)
                        continue;
                    writer.WritePropertyName(key);
                    reported.Value.WriteTo(writer);
                    count++;
                }
            }

            writer.WriteEndObject();
        }

        if (count == 0)
            return null;
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
