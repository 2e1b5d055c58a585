using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Scenarios;

/// <summary>Checks a scenario against the profiles: every model known, every set, event and utterance valid for its device.</summary>
public static class ScenarioChecker
{
    public static IReadOnlyList<string> Check(SimulationScenario scenario, IReadOnlyDictionary<string, DeviceProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(profiles);
        var errors = new List<string>();
        var models = new Dictionary<string, DeviceProfile>(StringComparer.Ordinal);
        foreach (var device in scenario.Devices)
        {
            if (profiles.TryGetValue(device.Model, out var profile))
                models[device.Id] = profile;
            else
                errors.Add($"device '{device.Id}': unknown model '{device.Model}' (not among the loaded profiles)");
        }

        foreach (var step in scenario.Timeline)
        {
            if (!models.TryGetValue(step.Device, out var profile))
                continue;
            switch (step.Kind)
            {
                case ScenarioStepKind.Set:
                    foreach (var member in step.Values.EnumerateObject())
                    {
                        var property = FindProperty(profile, member.Name);
                        if (property is null)
                        {
                            errors.Add($"{step.Path}.set.{member.Name}: {profile.Model} has no such property");
                            continue;
                        }

                        foreach (var error in ProfileValueValidator.ValidateReported(property, member.Value, $"{step.Path}.set.{member.Name}"))
                            errors.Add($"{error.Path}: {error.Message}");
                    }

                    break;
                case ScenarioStepKind.Event:
                    var parts = step.Event!.Split('.');
                    var declared = parts.Length == 2 ? profile.FindEvent(parts[0], parts[1]) : null;
                    if (declared is null)
                    {
                        errors.Add($"{step.Path}.event: {profile.Model} has no event '{step.Event}' (expected service.event)");
                        break;
                    }

                    foreach (var error in ProfileValueValidator.ValidateArguments(declared.Arguments, step.Args, $"{step.Path}.args"))
                        errors.Add($"{error.Path}: {error.Message}");
                    break;
                case ScenarioStepKind.Say:
                    if (Devices.DeviceVoice.For(profile) is null)
                        errors.Add($"{step.Path}.say: {profile.Model} does not listen (its profile declares no voice-command event with an utterance)");
                    else if (step.Text is { Length: > 512 })
                        errors.Add($"{step.Path}.say: at most 512 characters");
                    break;
            }
        }

        return errors;
    }

    private static ProfileProperty? FindProperty(DeviceProfile profile, string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
            return null;
        var (service, name) = (key[..dot], key[(dot + 1)..]);
        return int.TryParse(service, out var siid) && int.TryParse(name, out var piid)
            ? profile.FindService(siid)?.FindProperty(piid)
            : profile.FindProperty(service, name);
    }

    internal static object ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        _ => element.GetRawText(),
    };
}
