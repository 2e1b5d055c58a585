namespace AiotHub.Automation.Suggestions;

/// <summary>The kind of day a time routine happens on: "daily", "weekdays", "weekends" or a set of weekdays ("days").</summary>
internal sealed record DaySet(string Name, IReadOnlyList<DayOfWeek> Weekdays)
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool Contains(DayOfWeek day) => Weekdays.Contains(day);

    /// <summary>The weekdays as the automation format writes them ("mon" …), null for every day.</summary>
    public IReadOnlyList<string>? FormatWeekdays => Name == "daily" ? null : [.. Weekdays.Select(d => d.ToString()[..3].ToLowerInvariant())];

    /// <summary>The set named after <paramref name="days"/> (Monday first).</summary>
    public static DaySet Of(IEnumerable<DayOfWeek> days)
    {
        var set = Week.Where(days.Contains).ToList();
        var name = set.Count switch
        {
            7 => "daily",
            5 when !set.Contains(DayOfWeek.Saturday) && !set.Contains(DayOfWeek.Sunday) => "weekdays",
            2 when set.Contains(DayOfWeek.Saturday) && set.Contains(DayOfWeek.Sunday) => "weekends",
            _ => "days",
        };
        return new DaySet(name, set);
    }
}
