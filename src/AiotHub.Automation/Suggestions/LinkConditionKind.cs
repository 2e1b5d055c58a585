namespace AiotHub.Automation.Suggestions;

/// <summary>The condition that makes a linkage hold, or a correction's added condition.</summary>
internal enum LinkConditionKind
{
    None,
    Night,
    Day,
    Mode,
    TimeWindow,
}
