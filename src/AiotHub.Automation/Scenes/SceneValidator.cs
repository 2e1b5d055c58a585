using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// Checks steps against the home's devices and their profiles — the device is in the home and not
/// pending, every property exists and is writable with a fitting value, every action exists with
/// fitting arguments — with the JSON path of each problem (<c>$.steps[2].set['light.brightness']</c>).
/// Used when a scene is saved, previewed and, step by step, run (devices change in between).
/// </summary>
public static class SceneValidator
{
    public static List<ProfileError> Validate(DeviceRegistry registry, string homeId, IReadOnlyList<SceneStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var errors = new List<ProfileError>();
        for (var i = 0; i < steps.Count; i++)
            errors.AddRange(ValidateStep(registry, homeId, steps[i], JsonPath.Index("$.steps", i)));
        return errors;
    }

    public static List<ProfileError> ValidateStep(DeviceRegistry registry, string homeId, SceneStep step, string path)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(step);
        var errors = new List<ProfileError>();
        if (FindProfile(registry, homeId, step.DeviceId, out var problem) is not { } profile)
        {
            errors.Add(new ProfileError(path + ".deviceId", problem!));
            return errors;
        }

        if (step.Set is { } values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in values.EnumerateObject())
            {
                var memberPath = JsonPath.Member(path + ".set", member.Name);
                if (ProfileMembers.FindProperty(profile, member.Name, out _) is not ({ } service, { } property))
                    errors.Add(new ProfileError(memberPath, $"{profile.Model} has no property {member.Name}"));
                else if (!seen.Add(ProfileMembers.Key(service, property.Name)))
                    errors.Add(new ProfileError(memberPath, "the same property twice"));
                else
                    errors.AddRange(ProfileValueValidator.ValidateSet(property, member.Value, memberPath));
            }
        }
        else if (step.Call is { } call)
        {
            if (ProfileMembers.FindAction(profile, call, out _) is not (_, { } action))
                errors.Add(new ProfileError(path + ".call", $"{profile.Model} has no action {call}"));
            else
                errors.AddRange(ProfileValueValidator.ValidateActionInput(action, step.In ?? default(JsonElement), path + ".in"));
        }

        return errors;
    }

    /// <summary>The device's profile when it is a device of the home and not pending; else null and why.</summary>
    internal static DeviceProfile? FindProfile(DeviceRegistry registry, string homeId, string deviceId, out string? problem)
    {
        problem = null;
        if (!registry.TryGetDevice(deviceId, out var device) || device.HomeId != homeId)
            problem = $"no device '{deviceId}' in home '{homeId}'";
        else if (device.Status == DeviceStatus.Pending || registry.ProfileOf(device.Id) is not { } profile)
            problem = $"device '{deviceId}' is pending: {device.PendingReason}";
        else
            return profile;
        return null;
    }
}
