using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Schedules;
using AiotHub.Automation.Traces;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Time, schedule and sun triggers on a manual clock, across the days Berlin moves to summer time (29 March 2026).</summary>
public sealed class TimeTriggerTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 3, 26, 12, 0, 0, TimeSpan.Zero);

    private static async Task<List<DateTimeOffset>> FiredAsync(AutomationTrigger trigger, int days = 5)
    {
        var clock = new ManualClock(Thursday);
        await using var hub = Create(clock, automations: [Auto("timed", [trigger], [Notify("$.actions[0]", "tick")])]);
        for (var hour = 0; hour < days * 24; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            // Each run ends before the clock moves on, as it would in an hour of real time.
            await Task.WhenAll(hub.Runs("timed").Select(r => hub.Engine.WhenFinishedAsync(HomeId, r.Id)));
        }

        var runs = hub.Runs("timed");
        Assert.All(runs, r => Assert.Equal(AutomationRunResult.Succeeded, r.Result));
        return [.. runs.Select(r => r.Trigger.Time).Order()];
    }

    [Fact]
    public async Task ATimeOfDayTriggerFiresAtTheSameWallTimeEachDayAcrossTheDaylightSavingChange()
    {
        var fired = await FiredAsync(new TimeTrigger("$.triggers[0]", null, [new TimeOnly(7, 30)], null));

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 27, 6, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 28, 6, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 30, 5, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 31, 5, 30, 0, TimeSpan.Zero),
            ],
            fired);
    }

    [Fact]
    public async Task ATimeTriggerWithSeveralTimesAndWeekdaysFiresOnlyOnThoseDays()
    {
        var weekend = new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };

        var fired = await FiredAsync(new TimeTrigger("$.triggers[0]", null, [new TimeOnly(19, 0), new TimeOnly(7, 30)], weekend));

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 28, 6, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 28, 18, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 29, 17, 0, 0, TimeSpan.Zero),
            ],
            fired);
    }

    [Fact]
    public async Task AScheduleTriggerFollowsItsCronExpressionIncludingATimeSkippedBySummerTime()
    {
        var fired = await FiredAsync(new ScheduleTrigger("$.triggers[0]", null, "30 2 * * *", CronSchedule.Parse("30 2 * * *")));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), fired[2]);
        Assert.Equal(5, fired.Count);
    }

    [Fact]
    public async Task ASunTriggerFiresOnceADayAtThatDaysSunsetWithItsOffset()
    {
        var offset = TimeSpan.FromMinutes(-30);

        var fired = await FiredAsync(new SunTrigger("$.triggers[0]", null, SunEventKind.Sunset, offset));

        Assert.Equal(5, fired.Count);
        foreach (var at in fired)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
            Assert.Equal(SunCalculator.GetTimes(day, 52.52, 13.405).Sunset!.Value + offset, at);
        }
    }

    [Fact]
    public async Task OneTimerIsArmedForTheEarliestTriggerAndReArmedWhenTheCatalogChanges()
    {
        var clock = new ManualClock(Thursday);
        await using var hub = Create(clock, automations: [Auto("evening", [new TimeTrigger("$.triggers[0]", null, [new TimeOnly(19, 0)], null)], [Notify("$.actions[0]", "tick")])]);
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero), hub.Engine.NextClockDue);

        hub.Add(Auto("soon", [new TimeTrigger("$.triggers[0]", null, [new TimeOnly(14, 0)], null)], [Notify("$.actions[0]", "tick")]));
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 13, 0, 0, TimeSpan.Zero), hub.Engine.NextClockDue);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero), hub.Engine.NextClockDue);
        hub.Remove("evening");
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 13, 0, 0, TimeSpan.Zero), hub.Engine.NextClockDue);
        Assert.Equal(AutomationRunResult.Succeeded, (await hub.FinishedAsync("soon")).Result);
    }
}
