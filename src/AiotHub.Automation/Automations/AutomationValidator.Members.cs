using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public sealed partial class AutomationValidator
{
    /// <summary>The device's profile when it is a device of the home and not pending (a problem at deviceId otherwise).</summary>
    private DeviceProfile? Profile(string deviceId, string path, bool atPath = false)
    {
        if (SceneValidator.FindProfile(_registry, _homeId, deviceId, out var problem) is { } profile)
            return profile;
        Error(atPath ? path : path + ".deviceId", problem!);
        return null;
    }

    /// <summary>Availability needs only the device in the home: a pending device still comes and goes.</summary>
    private void Device(string deviceId, string path)
    {
        if (!_registry.TryGetDevice(deviceId, out var device) || device.HomeId != _homeId)
            Error(path + ".deviceId", $"no device '{deviceId}' in home '{_homeId}'");
    }

    private (ProfileService Service, ProfileProperty Property)? Property(string deviceId, string path, string key)
    {
        if (Profile(deviceId, path) is not { } profile)
            return null;
        if (ProfileMembers.FindProperty(profile, key, out _) is { } found)
            return found;
        Error(path + ".property", $"{profile.Model} has no property {key}");
        return null;
    }

    /// <summary>
    /// A value compared with or set on the property: a value-list property also takes the item's
    /// description ("Playing", case-insensitive), which becomes the item's number; the value must then fit.
    /// </summary>
    private JsonElement? Value(ProfileProperty property, JsonElement? value, string path, bool set = false)
    {
        if (value is not { } given)
            return null;
        var resolved = given;
        if (property.Value.List is { } list && given.ValueKind == JsonValueKind.String)
        {
            var text = given.GetString();
            if (list.FirstOrDefault(i => string.Equals(i.Description, text, StringComparison.OrdinalIgnoreCase)) is not { } item)
            {
                Error(path, $"'{text}' is not one of {property.Name}'s values: {string.Join(", ", list.Select(i => $"{i.Value} ({i.Description})"))}");
                return given;
            }

            resolved = AutomationValues.Number(item.Value);
        }

        _errors.AddRange(set ? ProfileValueValidator.ValidateSet(property, resolved, path) : ProfileValueValidator.ValidateReported(property, resolved, path));
        return resolved;
    }
}
