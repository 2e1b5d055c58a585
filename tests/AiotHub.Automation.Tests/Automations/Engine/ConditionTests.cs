using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Schedules;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Each condition kind, checked when a run starts; the trace says what was compared.</summary>
public sealed class ConditionTests
{
    // Berlin, summer time (UTC+2): 2026-06-05 is a Friday.
    private static readonly DateTimeOffset FridayNoonUtc = new(2026, 6, 5, 12, 0, 0, TimeSpan.Zero);

    private static async Task<AutomationRun> Check(AutomationCondition condition, DateTimeOffset? at = null, Action<EngineHarness>? arrange = null, string? triggerId = null)
    {
        var clock = new ManualClock(at ?? FridayNoonUtc);
        AutomationTrigger trigger = triggerId is null ? new ManualTrigger("$.triggers[0]", null) : new WebhookTrigger("$.triggers[0]", triggerId, "hook-hook-hook-hook-1");
        await using var hub = Create(clock, automations: [Auto("a", [trigger], [Notify("$.actions[0]", "ran")], [condition])]);
        arrange?.Invoke(hub);
        var run = triggerId is null ? hub.Engine.RunNow(HomeId, "a")! : hub.Engine.FindRun(HomeId, hub.Engine.FireWebhook("hook-hook-hook-hook-1", Json("{}")).RunIds[0])!;
        return run.Result == AutomationRunResult.Running ? (await hub.Engine.WhenFinishedAsync(HomeId, run.Id))! : run;
    }

    private static bool Held(AutomationRun run) => run.Result == AutomationRunResult.Succeeded;

    [Fact]
    public async Task PropertyConditionsCompareTheReportedValue()
    {
        void Lamp(EngineHarness hub)
        {
            hub.Registry.Online("lamp-1");
            hub.Report("lamp-1", """{"light.on":true,"light.brightness":40}""");
        }

        PropertyCondition P(string property, string? eq = null, string? ne = null, string[]? @in = null, double? above = null, double? below = null) =>
            new("$.conditions[0]", "lamp-1", property, eq is null ? null : Json(eq), ne is null ? null : Json(ne), @in?.Select(Json).ToList(), above, below);

        Assert.True(Held(await Check(P("light.on", eq: "true"), arrange: Lamp)));
        Assert.False(Held(await Check(P("light.on", ne: "true"), arrange: Lamp)));
        Assert.True(Held(await Check(P("light.brightness", @in: ["10", "40.0"]), arrange: Lamp)));
        Assert.True(Held(await Check(P("light.brightness", above: 30, below: 50), arrange: Lamp)));
        var below = await Check(P("light.brightness", below: 40), arrange: Lamp);
        Assert.Equal(AutomationRunResult.ConditionsFailed, below.Result);
        Assert.Equal("lamp-1 light.brightness is 40, outside (-∞, 40)", below.Conditions[0].Description);
        var never = await Check(P("light.mode", eq: "1"), arrange: Lamp);
        Assert.Equal("lamp-1 light.mode was never reported", never.Conditions[0].Description);
    }

    [Fact]
    public async Task ATimeWindowAcrossMidnightHoldsOnBothSidesAndWeekdaysAreThoseOfItsStart()
    {
        var fridayNight = new TimeCondition("$.conditions[0]", new TimeOnly(22, 0), new TimeOnly(6, 0), new HashSet<DayOfWeek> { DayOfWeek.Friday });
        // 23:30 and 01:30 Berlin (UTC+2), Friday night; 01:30 on Friday morning belongs to Thursday's window.
        Assert.True(Held(await Check(fridayNight, new DateTimeOffset(2026, 6, 5, 21, 30, 0, TimeSpan.Zero))));
        Assert.True(Held(await Check(fridayNight, new DateTimeOffset(2026, 6, 5, 23, 30, 0, TimeSpan.Zero))));
        Assert.False(Held(await Check(fridayNight, new DateTimeOffset(2026, 6, 4, 23, 30, 0, TimeSpan.Zero))));
        var noon = await Check(fridayNight);
        Assert.False(Held(noon));
        Assert.Equal("it is Fri 14:00:00 in Europe/Berlin (window 22:00:00–06:00:00, on fri)", noon.Conditions[0].Description);
        Assert.True(Held(await Check(new TimeCondition("$.conditions[0]", new TimeOnly(13, 0), new TimeOnly(15, 0), null))));
    }

    [Fact]
    public async Task SunConditionsUseTheConfiguredPlaceAndTheNightIsAfterSunsetBeforeSunrise()
    {
        var night = new SunCondition("$.conditions[0]", SunEventKind.Sunset, TimeSpan.Zero, SunEventKind.Sunrise, TimeSpan.Zero, null, null);
        var times = SunCalculator.GetTimes(new DateOnly(2026, 6, 5), 52.52, 13.405);

        Assert.False(Held(await Check(night)));
        Assert.True(Held(await Check(night, times.Sunset!.Value.AddMinutes(5))));
        Assert.True(Held(await Check(night, times.Sunrise!.Value.AddMinutes(-5))));
        Assert.False(Held(await Check(night, times.Sunrise!.Value.AddMinutes(5))));
        Assert.True(Held(await Check(new SunCondition("$.conditions[0]", null, TimeSpan.Zero, null, TimeSpan.Zero, 30, null))));
        Assert.False(Held(await Check(new SunCondition("$.conditions[0]", null, TimeSpan.Zero, null, TimeSpan.Zero, null, 0))));
    }

    [Fact]
    public async Task ModeAvailabilityAndTriggerConditions()
    {
        Assert.True(Held(await Check(new ModeCondition("$.conditions[0]", [HomeModes.Away, HomeModes.Sleep]), arrange: h => h.Modes.Set(HomeId, HomeModes.Away))));
        Assert.False(Held(await Check(new ModeCondition("$.conditions[0]", [HomeModes.Away]))));
        Assert.True(Held(await Check(new AvailabilityCondition("$.conditions[0]", "lamp-1", AvailabilityState.Online), arrange: h => h.Registry.Online("lamp-1"))));
        var offline = await Check(new AvailabilityCondition("$.conditions[0]", "lamp-1", AvailabilityState.Online),
            arrange: h => h.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement(TestRegistry.Light)));
        Assert.Equal("lamp-1 is never-seen; wanted online", offline.Conditions[0].Description);
        Assert.True(Held(await Check(new TriggerCondition("$.conditions[0]", ["started", "hooked"]), triggerId: "hooked")));
        Assert.False(Held(await Check(new TriggerCondition("$.conditions[0]", ["started"]))));
    }

    [Fact]
    public async Task AndOrNotCombineAndRecordTheirInnerConditions()
    {
        var away = new ModeCondition("$.conditions[0].conditions[0]", [HomeModes.Away]);
        var home = new ModeCondition("$.conditions[0].conditions[1]", [HomeModes.Home]);

        var or = await Check(new LogicCondition("$.conditions[0]", LogicOperator.Or, [away, home]));
        var and = await Check(new LogicCondition("$.conditions[0]", LogicOperator.And, [away, home]));
        var not = await Check(new LogicCondition("$.conditions[0]", LogicOperator.Not, [away]));

        Assert.True(Held(or));
        Assert.Equal(["$.conditions[0].conditions[0]", "$.conditions[0].conditions[1]", "$.conditions[0]"], or.Conditions.Select(c => c.Path));
        Assert.False(Held(and));
        Assert.Equal("the condition at $.conditions[0] did not hold: 0 of 2 held; all must", and.Reason);
        Assert.True(Held(not));
    }
}
