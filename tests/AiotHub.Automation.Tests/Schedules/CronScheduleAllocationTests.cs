using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Tests.Schedules;

public sealed class CronScheduleAllocationTests
{
    [Fact]
    public void NextOccurrenceAllocatesNothingAwayFromDaylightSavingOverlaps()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var schedule = CronSchedule.Parse("*/7 8-18 * * MON-FRI");
        var start = new DateTimeOffset(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
        _ = schedule.NextOccurrence(start, berlin);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var at = start;
        for (var i = 0; i < 1000; i++)
        {
            at = schedule.NextOccurrence(at, berlin)!.Value;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(at > start.AddDays(7));
    }
}
