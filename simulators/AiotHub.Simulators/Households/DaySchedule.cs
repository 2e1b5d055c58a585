namespace AiotHub.Simulators.Households;

/// <summary>
/// One local day of the residents: when they wake, leave and come back (a workday, or a weekend outing), and go to
/// bed. The hours someone is home and awake are <see cref="AwakeAtHome"/>.
/// </summary>
internal sealed record DaySchedule(DateOnly Date, bool Workday, DateTimeOffset Wake, DateTimeOffset? Leave, DateTimeOffset? Return, DateTimeOffset Bed)
{
    public bool Weekend => Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public IEnumerable<(DateTimeOffset From, DateTimeOffset To)> AwakeAtHome =>
        Leave is { } leave && Return is { } back ? [(Wake, leave), (back, Bed)] : [(Wake, Bed)];

    public static DaySchedule Plan(HouseholdContext context, DateOnly date)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!weekend)
        {
            var wake = context.Local(date, TimeSpan.FromMinutes(390 + context.Gaussian(10)));
            var bed = context.Local(date, TimeSpan.FromMinutes(1395 + context.Gaussian(20)));
            if (context.Chance(0.1))
                return new DaySchedule(date, false, wake, null, null, bed);
            return new DaySchedule(date, true, wake,
                context.Local(date, TimeSpan.FromMinutes(500 + context.Gaussian(12))),
                context.Local(date, TimeSpan.FromMinutes(1080 + context.Gaussian(30))), bed);
        }

        var lateWake = context.Local(date, TimeSpan.FromMinutes(525 + context.Gaussian(25)));
        var lateBed = context.Local(date, TimeSpan.FromMinutes(1425 + context.Gaussian(25)));
        if (!context.Chance(0.5))
            return new DaySchedule(date, false, lateWake, null, null, lateBed);
        var leaveAt = context.Local(date, TimeSpan.FromMinutes(840 + context.Gaussian(60)));
        return new DaySchedule(date, false, lateWake, leaveAt, leaveAt + TimeSpan.FromMinutes(context.Uniform(120, 240)), lateBed);
    }
}
