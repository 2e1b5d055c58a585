namespace AiotHub.Core.Activity;

/// <summary>
/// The activity log's bounds and write-behind (docs/api.md "Activity", docs/gateway.md "The activity log"). The gateway binds it from the
/// "Activity" section; the write-behind interval is hub.db's one batch window (Devices:WriteBehindInterval).
/// </summary>
public sealed class ActivityStoreOptions
{
    public const string SectionName = "Activity";

    /// <summary>Entries older than this many days are deleted (1–3650).</summary>
    public int RetentionDays { get; set; } = 120;

    /// <summary>The most entries a home keeps; past it the oldest go first (1 000–10 000 000).</summary>
    public int MaxEntriesPerHome { get; set; } = 500_000;

    /// <summary>
    /// The most entries waiting in memory for the next batch (100–1 000 000). Past it <see cref="ActivityStore.Append"/>
    /// writes the batch itself before it queues more (backpressure); when that write fails too, the new entries are
    /// dropped and counted (<see cref="ActivityStore.Dropped"/>).
    /// </summary>
    public int MaxQueued { get; set; } = 20_000;

    /// <summary>How often queued entries are written: the most of them a kill -9 can lose.</summary>
    public TimeSpan WriteBehindInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often entries past the retention or the cap are deleted (at least a second).</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A background batch failed (it is retried with the next one).</summary>
    public Action<Exception>? OnError { get; set; }

    /// <summary>Rows that could not be read were set aside into activity_set_aside (how many, and why the first was).</summary>
    public Action<int, string>? OnSetAside { get; set; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is outside its range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(RetentionDays, 1, nameof(RetentionDays));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RetentionDays, 3650, nameof(RetentionDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEntriesPerHome, 1_000, nameof(MaxEntriesPerHome));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEntriesPerHome, 10_000_000, nameof(MaxEntriesPerHome));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQueued, 100, nameof(MaxQueued));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxQueued, 1_000_000, nameof(MaxQueued));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(WriteBehindInterval, TimeSpan.Zero, nameof(WriteBehindInterval));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WriteBehindInterval, TimeSpan.FromMinutes(1), nameof(WriteBehindInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(PruneInterval, TimeSpan.FromSeconds(1), nameof(PruneInterval));
    }
}
