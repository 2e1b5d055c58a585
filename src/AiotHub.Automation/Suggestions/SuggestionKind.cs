namespace AiotHub.Automation.Suggestions;

/// <summary>The kinds of routine the miner looks for (docs/suggestions.md).</summary>
public enum SuggestionKind
{
    /// <summary>A person does the same thing at about the same time on the same kind of day → a time-triggered automation.</summary>
    TimeRoutine,

    /// <summary>X is followed by a person doing Y within a short window, more often than chance → an automation X → Y.</summary>
    Linkage,

    /// <summary>Devices set to the same states together, repeatedly → a scene.</summary>
    Scene,

    /// <summary>An automation's effect people undo soon after, repeatedly → a changed automation (a condition, a value).</summary>
    Correction,
}
