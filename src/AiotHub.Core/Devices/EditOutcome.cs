namespace AiotHub.Core.Devices;

/// <summary>How an edit made against a version ended.</summary>
public enum EditOutcome
{
    Applied,
    NotFound,

    /// <summary>The caller's expected version was not the current one: nothing changed.</summary>
    PreconditionFailed,

    /// <summary>Another resource already holds what the edit asked for (a room's name in its home): nothing changed.</summary>
    Conflict,
}
