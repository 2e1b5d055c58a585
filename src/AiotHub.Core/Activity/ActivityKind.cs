namespace AiotHub.Core.Activity;

/// <summary>What an entry of the activity log records.</summary>
public enum ActivityKind
{
    /// <summary>A property was asked to change (one entry per property of a set command).</summary>
    Set,

    /// <summary>An action was called (<see cref="ActivityEntry.Value"/> holds its in-arguments, if any).</summary>
    Action,

    /// <summary>A device reported a property at a new value (bool, enum and text properties; numbers only past a step).</summary>
    Changed,

    /// <summary>A device raised an event (<see cref="ActivityEntry.Value"/> holds its arguments, if any).</summary>
    Event,

    /// <summary>The home's mode changed (<see cref="ActivityEntry.Value"/> is the new mode, a string).</summary>
    Mode,

    /// <summary>A device went online or offline (<see cref="ActivityEntry.Value"/> is true when online).</summary>
    Availability,
}
