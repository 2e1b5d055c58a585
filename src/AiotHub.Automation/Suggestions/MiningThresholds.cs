namespace AiotHub.Automation.Suggestions;

/// <summary>
/// The miner's documented minimums and windows (docs/suggestions.md "Minimums"). A suggestion needs at least
/// <see cref="MinOccurrences"/> occurrences on <see cref="MinDays"/> different days spread over at least
/// <see cref="MinSpan"/>, and a <see cref="MinConfidence"/> that the routine held when it could have.
/// </summary>
internal static class MiningThresholds
{
    public const int MinOccurrences = 5;
    public const int MinDays = 5;
    public static readonly TimeSpan MinSpan = TimeSpan.FromDays(14);
    public const double MinConfidence = 0.6;

    /// <summary>A time routine's window: a person's action within ± this of the routine's time is the routine.</summary>
    public const int TimeToleranceMinutes = 30;

    /// <summary>A time routine's action is this many times denser within its tolerance than in the hour either side.</summary>
    public const double MinPeak = 4;

    /// <summary>… and this share of the actions within the tolerance are within half of it.</summary>
    public const double MinCore = 0.7;

    /// <summary>A weekday belongs to a time routine when the action happened on at least this share of those weekdays.</summary>
    public const double WeekdayShare = 0.4;

    /// <summary>A linkage: the person's action follows the trigger within this window.</summary>
    public static readonly TimeSpan LinkWindow = TimeSpan.FromMinutes(2);

    /// <summary>A linkage must happen this many times more often than if the two were unrelated.</summary>
    public const double MinLift = 3;

    /// <summary>A linkage must explain at least this share of the times the person did its action.</summary>
    public const double MinExplained = 0.3;

    /// <summary>A condition must keep at least this share of a linkage's occurrences.</summary>
    public const double MinConditionCoverage = 0.8;

    /// <summary>Actions by hand closer than this to the previous one are one burst (a scene set by hand).</summary>
    public static readonly TimeSpan BurstGap = TimeSpan.FromSeconds(90);

    /// <summary>A burst is at most this long, and only its first <see cref="MaxBurstItems"/> settings are looked at.</summary>
    public static readonly TimeSpan MaxBurst = TimeSpan.FromMinutes(10);

    public const int MaxBurstItems = 8;

    /// <summary>A scene's settings must come together in at least this share of the bursts that have any of them.</summary>
    public const double MinSceneTogetherness = 0.5;

    /// <summary>A person's opposite setting this soon after an automation's is an undo.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(2);

    /// <summary>A correction is suggested when at least this share of an automation's runs were undone.</summary>
    public const double MinUndoShare = 0.15;

    /// <summary>Under a correction's condition at most this share of the runs were undone.</summary>
    public const double MaxUndoneUnderCondition = 0.1;

    /// <summary>Reports of the same value by the same device closer than this are one (a command's echo, a bouncing contact).</summary>
    public static readonly TimeSpan Echo = TimeSpan.FromSeconds(10);

    /// <summary>At most this many suggestions of each kind (the strongest first).</summary>
    public const int MaxPerKind = 50;
}
