using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// What running a scene would do now, with nothing sent: each target property with its current
/// reported value (null when never reported) and whether it would change, each action call, and
/// the problems a run would meet (invalid steps, offline devices).
/// </summary>
public sealed record ScenePreview(string SceneId, IReadOnlyList<ScenePreviewChange> Changes, IReadOnlyList<ScenePreviewCall> Calls, IReadOnlyList<ProfileError> Problems)
{
    public static ScenePreview Of(DeviceRegistry registry, Scene scene)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(scene);
        var changes = new List<ScenePreviewChange>();
        var calls = new List<ScenePreviewCall>();
        var problems = new List<ProfileError>();
        for (var i = 0; i < scene.Steps.Count; i++)
        {
            var step = scene.Steps[i];
            var path = JsonPath.Index("$.steps", i);
            var errors = SceneValidator.ValidateStep(registry, scene.HomeId, step, path);
            problems.AddRange(errors);
            if (!registry.TryGetDevice(step.DeviceId, out var device) || device.HomeId != scene.HomeId)
                continue;
            if (errors.Count == 0 && device.Availability.State != AvailabilityState.Online)
                problems.Add(new ProfileError(path + ".deviceId", $"device '{device.Id}' is offline; its command would fail"));

            if (step.Set is { } values)
            {
                var profile = registry.ProfileOf(device.Id);
                foreach (var member in values.EnumerateObject())
                {
                    var key = profile is not null && ProfileMembers.FindProperty(profile, member.Name, out _) is ({ } service, { } property)
                        ? ProfileMembers.Key(service, property.Name)
                        : member.Name;
                    var current = device.Properties.GetValueOrDefault(key)?.Reported?.Value;
                    var differs = current is not { } value || !JsonElement.DeepEquals(value, member.Value);
                    changes.Add(new ScenePreviewChange(device.Id, key, current, member.Value, differs));
                }
            }
            else if (step.Call is { } action)
            {
                calls.Add(new ScenePreviewCall(device.Id, action, step.In));
            }
        }

        return new ScenePreview(scene.Id, changes, calls, problems);
    }
}
