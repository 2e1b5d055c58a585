namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// The "Suggestions" section (docs/suggestions.md "Running on the hub"): how often each home is mined, how much
/// history a pass reads and keeps in memory, and how many suggestions and decisions a home keeps. Checked at start by
/// <see cref="SuggestionsOptionsValidator"/>.
/// </summary>
internal sealed class SuggestionsOptions
{
    /// <summary>The least time between two mining passes of a home (a pass runs only when new activity arrived).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How soon after start the first pass runs.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the service looks for new activity (cheap: only entries after the last one read).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back a pass looks: the window of activity each home keeps in memory.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The most activity entries a home's window holds; beyond it the oldest are dropped.</summary>
    public int MaxEntriesPerHome { get; set; } = 300_000;

    /// <summary>The most suggestions a pass keeps for a home (highest confidence, then support, first).</summary>
    public int MaxSuggestionsPerHome { get; set; } = 100;

    /// <summary>The most decisions (dismissed, snoozed, accepted) a home keeps; beyond it the oldest are forgotten.</summary>
    public int MaxDecisionsPerHome { get; set; } = 5_000;
}
