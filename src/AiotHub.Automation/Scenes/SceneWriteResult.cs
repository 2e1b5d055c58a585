using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Scenes;

/// <summary>What a create, replace or delete did: the scene as stored (or as it stands, on a version mismatch), or the problems.</summary>
public sealed record SceneWriteResult(SceneWriteStatus Status, Scene? Scene = null, IReadOnlyList<ProfileError>? Errors = null)
{
    internal static SceneWriteResult Invalid(IReadOnlyList<ProfileError> errors) => new(SceneWriteStatus.Invalid, Errors: errors);
}
