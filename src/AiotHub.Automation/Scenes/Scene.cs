namespace AiotHub.Automation.Scenes;

/// <summary>
/// A named set of target property values and action calls across a home's devices, run in one tap.
/// <see cref="Version"/> grows by one per change (the API's ETag).
/// </summary>
public sealed record Scene(
    string Id,
    string HomeId,
    string Name,
    string? Icon,
    int Version,
    IReadOnlyList<SceneStep> Steps,
    DateTimeOffset Created,
    DateTimeOffset Updated);
