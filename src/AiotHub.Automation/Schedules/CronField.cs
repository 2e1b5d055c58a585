namespace AiotHub.Automation.Schedules;

/// <summary>The static description of one cron field: its name for error messages, its range and its value names.</summary>
internal sealed class CronField
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] WeekdayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static readonly CronField Second = new("second", 0, 59, null, 0);
    public static readonly CronField Minute = new("minute", 0, 59, null, 0);
    public static readonly CronField Hour = new("hour", 0, 23, null, 0);
    public static readonly CronField DayOfMonth = new("day-of-month", 1, 31, null, 0);
    public static readonly CronField Month = new("month", 1, 12, MonthNames, 1);

    // 7 is accepted as a second spelling of Sunday (as in Vixie cron); the parser folds it onto 0.
    public static readonly CronField DayOfWeek = new("day-of-week", 0, 7, WeekdayNames, 0);

    private CronField(string name, int min, int max, string[]? names, int firstNameValue)
    {
        Name = name;
        Min = min;
        Max = max;
        Names = names;
        FirstNameValue = firstNameValue;
    }

    public string Name { get; }

    public int Min { get; }

    public int Max { get; }

    /// <summary>Three-letter names (case-insensitive), the first standing for <see cref="FirstNameValue"/>.</summary>
    public string[]? Names { get; }

    public int FirstNameValue { get; }
}
