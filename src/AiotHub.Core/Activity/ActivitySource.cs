namespace AiotHub.Core.Activity;

/// <summary>
/// Who caused an entry of the activity log (docs/suggestions.md "What counts as evidence"). Only
/// <see cref="App"/>, <see cref="Voice"/> and <see cref="Device"/> are a person's own doing; what a scene, an
/// automation or the hub did is recorded (so corrections can be seen) but never counts as evidence of a routine.
/// </summary>
public enum ActivitySource
{
    /// <summary>A person through the app or the API (a user's or token's request).</summary>
    App,

    /// <summary>A person through the voice assistant.</summary>
    Voice,

    /// <summary>A run of a scene (<see cref="ActivityEntry.Actor"/> is the scene's id).</summary>
    Scene,

    /// <summary>A run of an automation (<see cref="ActivityEntry.Actor"/> is the automation's id).</summary>
    Automation,

    /// <summary>
    /// The device itself: a change it reported that no command of the hub asked for (a wall switch pressed, a lamp
    /// turned on at its own button), a sensor's reading or event, its availability.
    /// </summary>
    Device,

    /// <summary>The hub on its own (a voice timer, a restore, housekeeping).</summary>
    Hub,
}
