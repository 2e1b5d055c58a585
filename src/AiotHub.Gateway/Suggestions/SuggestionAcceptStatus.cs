namespace AiotHub.Gateway.Suggestions;

/// <summary>How accepting a suggestion ended (<see cref="SuggestionAcceptance.Accept"/>).</summary>
internal enum SuggestionAcceptStatus
{
    /// <summary>A new automation was stored.</summary>
    CreatedAutomation,

    /// <summary>A new scene was stored.</summary>
    CreatedScene,

    /// <summary>A correction: the automation it changes was replaced.</summary>
    ReplacedAutomation,

    /// <summary>No such suggestion in the home (or the home mines nothing).</summary>
    NotFound,

    /// <summary>It cannot be accepted now (accepted already, a device gone, the automation changed); nothing was stored.</summary>
    Conflict,
}
