using System.Diagnostics.CodeAnalysis;

namespace AiotHub.Core.Profiles;

/// <summary>Either a valid profile or every problem found (never both).</summary>
public sealed record ProfileParseResult(DeviceProfile? Profile, IReadOnlyList<ProfileError> Errors)
{
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool IsValid => Profile is not null;

    internal static ProfileParseResult Invalid(string path, string message) => new(null, [new ProfileError(path, message)]);
}
