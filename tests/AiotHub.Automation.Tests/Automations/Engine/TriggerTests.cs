using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Each trigger kind through the real registry's event feed.</summary>
public sealed class TriggerTests
{
    [Fact]
    public async Task APropertyTriggerWithFromAndToFiresOnlyOnThatTransitionAndTracesTheChange()
    {
        await using var hub = Create(automations:
        [
            Auto("motion-light", [OnProperty("hall-motion", "motion-sensor.motion-state", from: "false", to: "true")], [Notify("$.actions[0]", "motion")]),
        ]);
        hub.Registry.Online("hall-motion", Motion);

        hub.Report("hall-motion", """{"motion-sensor.motion-state":true}""");   // from nothing: not "from false"
        hub.Report("hall-motion", """{"motion-sensor.motion-state":false}""");
        hub.Report("hall-motion", """{"motion-sensor.motion-state":true}""");
        var run = await hub.FinishedAsync("motion-light");
        await hub.Engine.WhenIdleAsync();

        Assert.Single(hub.Runs("motion-light"));
        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal((0, "property"), (run.Trigger.Index, run.Trigger.Kind));
        Assert.Equal("hall-motion motion-sensor.motion-state changed from false to true", run.Trigger.Description);
        Assert.True(run.Trigger.Data.GetProperty("to").GetBoolean());
        Assert.False(run.Trigger.Data.GetProperty("from").GetBoolean());
    }

    [Fact]
    public async Task AThresholdTriggerFiresWhenTheValueEntersTheRangeFromOutsideNotOnEveryReportInside()
    {
        await using var hub = Create(automations:
        [
            Auto("hot", [OnProperty("climate", "environment.temperature", above: 25)], [Notify("$.actions[0]", "hot")], mode: AutomationMode.Parallel),
        ]);
        hub.Registry.Online("climate", Climate);

        foreach (var t in new[] { 20.0, 26, 27, 28, 24, 25.5 })
            hub.Report("climate", $$"""{"environment.temperature":{{t}}}""");
        await hub.FinishedAsync("hot", count: 2);
        await hub.Engine.WhenIdleAsync();

        Assert.Equal(["26", "25.5"], hub.Runs("hot").Select(r => r.Trigger.Data.GetProperty("to").GetRawText()).Reverse());
    }

    [Fact]
    public async Task AnyChangeTriggerFiresOnEveryNewValueButNotOnTheSameValueAgain()
    {
        await using var hub = Create(automations:
        [
            Auto("any", [OnProperty("lamp-1", "light.brightness")], [Notify("$.actions[0]", "changed")], mode: AutomationMode.Parallel),
        ]);
        hub.Registry.Online("lamp-1");

        hub.Report("lamp-1", """{"light.brightness":10}""");
        hub.Report("lamp-1", """{"light.brightness":10}""");
        hub.Report("lamp-1", """{"light.brightness":20}""");
        await hub.FinishedAsync("any", count: 2);
        await hub.Engine.WhenIdleAsync();

        Assert.Equal(2, hub.Runs("any").Count);
    }

    [Fact]
    public async Task AForTriggerFiresOnlyWhenTheStateHoldsAndAChangeThatBreaksItCancelsTheTimer()
    {
        await using var hub = Create(automations:
        [
            Auto("left-on", [OnProperty("lamp-1", "light.on", to: "true", @for: TimeSpan.FromMinutes(5))], [Notify("$.actions[0]", "left on")]),
        ]);
        hub.Registry.Online("lamp-1");

        hub.Report("lamp-1", """{"light.on":true}""");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(4));
        hub.Report("lamp-1", """{"light.on":false}""");
        await hub.Engine.WhenIdleAsync();
        Assert.Equal(0, hub.Engine.ForTimerCount);
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(hub.Runs("left-on"));

        hub.Report("lamp-1", """{"light.on":true}""");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(5));
        var run = await hub.FinishedAsync("left-on");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.EndsWith("and held for 5m", run.Trigger.Description, StringComparison.Ordinal);
        Assert.Single(hub.Runs("left-on"));
    }

    [Fact]
    public async Task AnEventTriggerMatchesTheEventAndTheArgumentsItNames()
    {
        await using var hub = Create(automations:
        [
            Auto("click", [new EventTrigger("$.triggers[0]", null, "wall", "buttons.click", Json("""{"button":2}"""))], [Notify("$.actions[0]", "clicked")]),
        ]);
        hub.Registry.Online("wall", WallSwitch);

        Assert.Empty(hub.Registry.OnEvent("wall", "buttons.click", Json("""{"button":1,"kind":1}""")));
        Assert.Empty(hub.Registry.OnEvent("wall", "buttons.click", Json("""{"button":2,"kind":3}""")));
        var run = await hub.FinishedAsync("click");
        await hub.Engine.WhenIdleAsync();

        Assert.Single(hub.Runs("click"));
        Assert.Equal(2, run.Trigger.Data.GetProperty("arguments").GetProperty("button").GetInt32());
        Assert.Equal("wall raised buttons.click", run.Trigger.Description);
    }

    [Fact]
    public async Task AnAvailabilityTriggerWithForFiresWhenTheDeviceStaysOffline()
    {
        await using var hub = Create(automations:
        [
            Auto("tv-gone", [new AvailabilityTrigger("$.triggers[0]", null, "lamp-1", AvailabilityState.Offline, TimeSpan.FromMinutes(2))], [Notify("$.actions[0]", "gone")]),
        ]);
        hub.Registry.Online("lamp-1");

        hub.Registry.OnAvailability("lamp-1", online: false, "last-will");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        hub.Registry.OnAvailability("lamp-1", online: true);
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(hub.Runs("tv-gone"));

        hub.Registry.OnAvailability("lamp-1", online: false, "last-will");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        var run = await hub.FinishedAsync("tv-gone");

        Assert.Equal("availability", run.Trigger.Kind);
        Assert.Equal("offline", run.Trigger.Data.GetProperty("to").GetString());
    }

    [Fact]
    public async Task AModeTriggerFiresOnTheNamedTransition()
    {
        await using var hub = Create(automations:
        [
            Auto("leaving", [new ModeTrigger("$.triggers[0]", null, HomeModes.Home, HomeModes.Away)], [Notify("$.actions[0]", "bye")]),
        ]);

        hub.Modes.Set(HomeId, HomeModes.Sleep, "api");
        hub.Modes.Set(HomeId, HomeModes.Away, "api");   // from sleep: no
        hub.Modes.Set(HomeId, HomeModes.Home, "api");
        hub.Modes.Set(HomeId, HomeModes.Away, "api");
        var run = await hub.FinishedAsync("leaving");
        await hub.Engine.WhenIdleAsync();

        Assert.Single(hub.Runs("leaving"));
        Assert.Equal("the home mode changed from home to away", run.Trigger.Description);
    }

    [Fact]
    public async Task AWebhookStartsEveryAutomationWithItsHookAndCarriesTheBody()
    {
        const string hook = "k3Jd9aaaaaaaaaaaaaaa";
        await using var hub = Create(automations:
        [
            Auto("a", [new WebhookTrigger("$.triggers[0]", null, hook)], [Notify("$.actions[0]", "a")]),
            Auto("b", [new ManualTrigger("$.triggers[0]", null), new WebhookTrigger("$.triggers[1]", null, hook)], [Notify("$.actions[0]", "b")]),
        ]);

        var result = hub.Engine.FireWebhook(hook, Json("""{"who":"doorbell"}"""));
        var unknown = hub.Engine.FireWebhook("nobody-has-this-hook-id", Json("{}"));

        Assert.True(result.Found);
        Assert.Equal(2, result.RunIds.Count);
        Assert.False(unknown.Found);
        var b = await hub.FinishedAsync("b");
        Assert.Equal((1, "webhook"), (b.Trigger.Index, b.Trigger.Kind));
        Assert.Equal("doorbell", b.Trigger.Data.GetProperty("who").GetString());
        Assert.Contains(b.Id, result.RunIds);
    }

    [Fact]
    public async Task RunNowIsAManualTriggerThatChecksConditionsUnlessSkipped()
    {
        await using var hub = Create(automations:
        [
            Auto("asleep-only", [new ManualTrigger("$.triggers[0]", null)], [Notify("$.actions[0]", "hi")],
                [new AiotHub.Automation.Automations.Conditions.ModeCondition("$.conditions[0]", [HomeModes.Sleep])]),
        ]);

        var refused = hub.Engine.RunNow(HomeId, "asleep-only", startedBy: "tok-1")!;
        var forced = hub.Engine.RunNow(HomeId, "asleep-only", skipConditions: true)!;

        Assert.Equal(AutomationRunResult.ConditionsFailed, refused.Result);
        Assert.Equal("the condition at $.conditions[0] did not hold: the home mode is home; wanted sleep", refused.Reason);
        Assert.Equal((-1, "manual", "run now by tok-1"), (refused.Trigger.Index, refused.Trigger.Kind, refused.Trigger.Description));
        Assert.Equal(AutomationRunResult.Running, forced.Result);
        Assert.Equal(AutomationRunResult.Succeeded, (await hub.Engine.WhenFinishedAsync(HomeId, forced.Id))!.Result);
        Assert.Null(hub.Engine.RunNow(HomeId, "no-such-automation"));
    }

    [Fact]
    public async Task RunsAreAnnouncedOnTheHomesFeed()
    {
        await using var hub = Create(automations: [Auto("hello", [new ManualTrigger("$.triggers[0]", null)], [Notify("$.actions[0]", "hello")])]);
        using var feed = hub.Registry.Events.Subscribe(HomeId);

        var run = hub.Engine.RunNow(HomeId, "hello")!;
        await hub.Engine.WhenFinishedAsync(HomeId, run.Id);

        var events = new List<HomeEvent>();
        while (events.Count < 3)
            events.Add(await feed.Reader.ReadAsync(Ct));
        Assert.Equal(["automation-run-started", "automation-notification", "automation-run-finished"], events.Select(e => e.Type));
        var finished = Assert.IsType<AiotHub.Automation.Automations.AutomationRunFinished>(events[2].Data);
        Assert.Equal((run.Id, "hello", AutomationRunResult.Succeeded), (finished.RunId, finished.AutomationId, finished.Result));
    }
}
