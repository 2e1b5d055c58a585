using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// Reads a scene definition from a request body, collecting every shape problem with its JSON path
/// (<c>$.steps[1].deviceId</c>). Whether the devices, properties and actions exist is
/// <see cref="SceneValidator"/>'s job. Unknown top-level members are ignored, so a client may PUT
/// back what it read (id, version, created…); unknown members of a step are errors (typos).
/// </summary>
public static class SceneDefinitionReader
{
    public const int MaxNameLength = 64;
    public const int MaxIconLength = 32;
    public const int MaxSteps = 200;

    private static readonly HashSet<string> StepMembers = new(["deviceId", "set", "call", "in"], StringComparer.Ordinal);

    public static SceneDefinition? Read(JsonElement body, List<ProfileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError("$", "expected a scene: {\"name\": …, \"steps\": [ … ]}"));
            return null;
        }

        string? id = null;
        if (body.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            if (!SceneIds.IsValid(id))
                errors.Add(new ProfileError("$.id", $"an id has 1 to {SceneIds.MaxLength} lower-case letters, digits and dashes, starting with a letter or digit"));
        }

        var name = body.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString()?.Trim() : null;
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
            errors.Add(new ProfileError("$.name", $"a scene needs a name of 1 to {MaxNameLength} characters"));
        else if (DisplayNames.Problem(name) is { } badName)
            errors.Add(new ProfileError("$.name", badName));
        else
            name = DisplayNames.Normalize(name);

        string? icon = null;
        if (body.TryGetProperty("icon", out var iconElement) && iconElement.ValueKind != JsonValueKind.Null)
        {
            icon = iconElement.ValueKind == JsonValueKind.String ? iconElement.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(icon) || icon.Length > MaxIconLength)
                errors.Add(new ProfileError("$.icon", $"an icon is a name of 1 to {MaxIconLength} characters, or null"));
            else if (DisplayNames.Problem(icon) is { } badIcon)
                errors.Add(new ProfileError("$.icon", badIcon));
        }

        var steps = new List<SceneStep>();
        if (!body.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
            errors.Add(new ProfileError("$.steps", "expected an array of steps"));
        else if (stepsElement.GetArrayLength() is var count && count > MaxSteps)
            errors.Add(new ProfileError("$.steps", $"too many steps: {count}; a scene has at most {MaxSteps}"));
        else if (count == 0)
            errors.Add(new ProfileError("$.steps", $"an empty array; a scene has 1 to {MaxSteps} steps"));
        else
        {
            var index = 0;
            foreach (var element in stepsElement.EnumerateArray())
            {
                if (ReadStep(element, JsonPath.Index("$.steps", index++), errors) is { } step)
                    steps.Add(step);
            }
        }

        return errors.Count == 0 ? new SceneDefinition(id, name!, icon, steps) : null;
    }

    private static SceneStep? ReadStep(JsonElement element, string path, List<ProfileError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError(path, "expected {\"deviceId\", \"set\": {…}} or {\"deviceId\", \"call\", \"in\"?: {…}}"));
            return null;
        }

        var before = errors.Count;
        foreach (var member in element.EnumerateObject().Where(m => !StepMembers.Contains(m.Name)))
            errors.Add(new ProfileError(JsonPath.Member(path, member.Name), "unknown member (a step has deviceId, set, or call and in)"));

        var deviceId = element.TryGetProperty("deviceId", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        if (string.IsNullOrEmpty(deviceId))
            errors.Add(new ProfileError(path + ".deviceId", "expected a device id"));

        var hasSet = element.TryGetProperty("set", out var set);
        var hasCall = element.TryGetProperty("call", out var call);
        var hasIn = element.TryGetProperty("in", out var input);
        if (hasSet == hasCall)
            errors.Add(new ProfileError(path, "a step has exactly one of set or call"));
        if (hasSet && (set.ValueKind != JsonValueKind.Object || !set.EnumerateObject().Any()))
            errors.Add(new ProfileError(path + ".set", "expected an object with at least one \"service.property\": value"));
        if (hasCall && (call.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(call.GetString())))
            errors.Add(new ProfileError(path + ".call", "expected an action, \"service.action\""));
        if (hasIn && input.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            errors.Add(new ProfileError(path + ".in", "expected an object of named arguments"));
        else if (hasIn && !hasCall)
            errors.Add(new ProfileError(path + ".in", "arguments belong to a call step"));

        if (errors.Count > before)
            return null;
        return hasSet
            ? new SceneStep(deviceId!, Set: set.Clone())
            : new SceneStep(deviceId!, Call: call.GetString(), In: hasIn && input.ValueKind == JsonValueKind.Object ? input.Clone() : null);
    }
}
