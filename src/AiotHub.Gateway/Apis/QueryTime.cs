using System.Globalization;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>A time in a query string (`?from=`, `?to=`), ISO 8601, UTC unless it says otherwise.</summary>
internal static class QueryTime
{
    /// <summary>The time, or null when absent; a text that is not a time adds an error at <paramref name="name"/>.</summary>
    public static DateTimeOffset? Read(string? text, string name, List<ProfileError> errors)
    {
        if (text is null)
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return time;
        errors.Add(new(name, "a time in ISO 8601 (2026-12-01T08:00:00Z)"));
        return null;
    }
}
