using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>A name from a request body: its length, then visible text only (<see cref="DisplayNames"/>), each problem at its JSON path.</summary>
internal static class ApiNames
{
    /// <summary>The name as it is kept (trimmed), or null with a problem at <paramref name="path"/>.</summary>
    public static string? Read(string? value, string path, int maxLength, string lengthProblem, List<ProfileError> errors)
    {
        var name = value?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > maxLength)
        {
            errors.Add(new ProfileError(path, lengthProblem));
            return null;
        }

        if (DisplayNames.Problem(name) is { } problem)
        {
            errors.Add(new ProfileError(path, problem));
            return null;
        }

        return DisplayNames.Normalize(name);
    }
}
