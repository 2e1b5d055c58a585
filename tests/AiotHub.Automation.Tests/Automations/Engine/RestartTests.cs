using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>A hub stopped in the middle of a delay, a wait or a "for" timer, and a new engine over the same hub.db with the clock moved on.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-engine-restart-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_directory, "hub.db");

    private static readonly ManualTrigger Manual = new("$.triggers[0]", null);

    private static RunnableAutomation Delayed(long version = 1) => Auto("delayed", [Manual],
        [Notify("$.actions[0]", "before"), new DelayAction("$.actions[1]", TimeSpan.FromMinutes(10)), Notify("$.actions[2]", "after")], version: version);

    /// <summary>Runs <paramref name="before"/> on a hub over the file, stops the hub, moves the clock, and starts a new one over the file.</summary>
    private async Task<(EngineHarness Hub, HubFile Store)> RestartAsync(
        RunnableAutomation automation, Func<EngineHarness, Task> before, TimeSpan downFor, RunnableAutomation? after = null, Action<EngineHarness>? beforeStart = null)
    {
        await using (var store = HubFile.Open(DbPath))
        {
            await using var hub = Create(_clock, store, automations: [automation]);
            await before(hub);
        }

        _clock.Advance(downFor);
        var reopened = HubFile.Open(DbPath);
        var again = Create(_clock, reopened, automations: [after ?? automation], start: beforeStart is null, before: beforeStart);
        if (beforeStart is not null)
            again.Engine.Start();
        return (again, reopened);
    }

    private static async Task<string> StartDelayedAsync(EngineHarness hub)
    {
        var run = hub.Engine.RunNow(HomeId, "delayed")!;
        await hub.WaitingAtAsync("delayed", "$.actions[1]");
        return run.Id;
    }

    [Fact]
    public async Task ADelayNotYetDueResumesAndTheRunContinuesAtTheNextStep()
    {
        var (hub, store) = await RestartAsync(Delayed(), hub => StartDelayedAsync(hub), TimeSpan.FromMinutes(4));
        await using var _ = store;
        await using var __ = hub;

        var waiting = await hub.WaitingAtAsync("delayed", "$.actions[1]");
        hub.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(AutomationRunResult.Running, hub.Engine.FindRun(HomeId, waiting.Id)!.Result);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = (await hub.Engine.WhenFinishedAsync(HomeId, waiting.Id))!;

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(["$.actions[0]", "$.actions[1]", "$.actions[2]"], run.Steps.Select(s => s.Path));
        Assert.Equal("waited 10m, resumed after the hub restarted", run.Steps[1].Message);
        Assert.Equal(run.Started + TimeSpan.FromMinutes(10), run.Finished);
        Assert.Empty(store.Automations.LoadPending());
    }

    [Fact]
    public async Task ADelayThatEndedWhileTheHubWasDownRunsAtOnceWithinTheGracePeriod()
    {
        var (hub, store) = await RestartAsync(Delayed(), hub => StartDelayedAsync(hub), TimeSpan.FromMinutes(13));
        await using var _ = store;
        await using var __ = hub;

        var run = await hub.FinishedAsync("delayed");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(3, run.Steps.Count);
    }

    [Fact]
    public async Task ADelayLateByMoreThanTheGracePeriodEndsTheRunInterrupted()
    {
        var (hub, store) = await RestartAsync(Delayed(), hub => StartDelayedAsync(hub), TimeSpan.FromMinutes(10) + TimeSpan.FromHours(2));
        await using var _ = store;
        await using var __ = hub;

        var run = await hub.FinishedAsync("delayed");

        Assert.Equal((AutomationRunResult.Interrupted, "the hub was stopped past the delay's end by 2h"), (run.Result, run.Reason));
        Assert.Equal(AutomationStepStatus.Cancelled, run.Steps[1].Status);
        Assert.Equal(2, run.Steps.Count);
        Assert.Empty(store.Automations.LoadPending());
    }

    [Fact]
    public async Task APendingRunOfAnAutomationEditedMeanwhileEndsInterrupted()
    {
        var (hub, store) = await RestartAsync(Delayed(), hub => StartDelayedAsync(hub), TimeSpan.FromMinutes(1), after: Delayed(version: 2));
        await using var _ = store;
        await using var __ = hub;

        var run = await hub.FinishedAsync("delayed");

        Assert.Equal((AutomationRunResult.Interrupted, "the automation was edited while the hub was stopped"), (run.Result, run.Reason));
    }

    [Fact]
    public async Task ARunThatWasNotWaitingWhenTheHubStoppedEndsInterrupted()
    {
        var automation = Auto("busy", [Manual], [Set("$.actions[0]", "lamp-1", """{"light.on":true}""")]);
        var (hub, store) = await RestartAsync(automation, async hub =>
        {
            hub.ReplyCode = _ => null;
            hub.Registry.Online("lamp-1");
            hub.Engine.RunNow(HomeId, "busy");
            await hub.RunAsync("busy", r => r.Steps.Count == 1);
        }, TimeSpan.FromMinutes(1));
        await using var _ = store;
        await using var __ = hub;

        var run = await hub.FinishedAsync("busy");

        Assert.Equal((AutomationRunResult.Interrupted, "the hub stopped while the run was in progress"), (run.Result, run.Reason));
        Assert.Equal(AutomationStepStatus.Cancelled, run.Steps[0].Status);
    }

    [Fact]
    public async Task AWaitResumesWithItsRemainingTimeout()
    {
        var trigger = new PropertyTrigger("$.actions[0].triggers[0]", null, "lamp-1", "light.on", null, Json("true"), null, null, null);
        var automation = Auto("waiting", [Manual], [new WaitAction("$.actions[0]", [trigger], TimeSpan.FromMinutes(10), false), Notify("$.actions[1]", "on")]);
        var (hub, store) = await RestartAsync(automation, async hub =>
        {
            hub.Registry.Online("lamp-1");
            hub.Engine.RunNow(HomeId, "waiting");
            await hub.WaitingAtAsync("waiting", "$.actions[0]");
        }, TimeSpan.FromMinutes(3));
        await using var _ = store;
        await using var __ = hub;

        var waiting = await hub.WaitingAtAsync("waiting", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(AutomationRunResult.Running, hub.Engine.FindRun(HomeId, waiting.Id)!.Result);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = (await hub.Engine.WhenFinishedAsync(HomeId, waiting.Id))!;

        Assert.Equal(AutomationRunResult.Failed, run.Result);
        Assert.Equal(waiting.Started + TimeSpan.FromMinutes(10), run.Finished);
    }

    [Fact]
    public async Task AResumedWaitStillEndsWhenItsTriggerFires()
    {
        var trigger = new PropertyTrigger("$.actions[0].triggers[0]", null, "lamp-1", "light.on", null, Json("true"), null, null, null);
        var automation = Auto("waiting", [Manual], [new WaitAction("$.actions[0]", [trigger], TimeSpan.FromMinutes(10), false), Notify("$.actions[1]", "on")]);
        var (hub, store) = await RestartAsync(automation, async hub =>
        {
            hub.Registry.Online("lamp-1");
            hub.Engine.RunNow(HomeId, "waiting");
            await hub.WaitingAtAsync("waiting", "$.actions[0]");
        }, TimeSpan.FromMinutes(3));
        await using var _ = store;
        await using var __ = hub;

        await hub.WaitingAtAsync("waiting", "$.actions[0]");
        hub.Report("lamp-1", """{"light.on":true}""");
        var run = await hub.FinishedAsync("waiting");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
    }

    [Fact]
    public async Task AnAutomationDeletedWhileTheHubWasDownLosesItsRunsAndPendingWork()
    {
        var other = Auto("other", [Manual], [Notify("$.actions[0]", "hi")]);
        await using (var store = HubFile.Open(DbPath))
        {
            await using var hub = Create(_clock, store, automations: [Delayed(), other]);
            await StartDelayedAsync(hub);
            await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "other")!.Id);
        }

        await using var reopened = HubFile.Open(DbPath);
        await using var again = Create(_clock, reopened, automations: [other]);

        Assert.Empty(again.Runs("delayed"));
        Assert.Single(again.Runs("other"));
        Assert.Empty(reopened.Automations.LoadPending());
        Assert.Single(reopened.Automations.LoadRuns());
    }

    [Fact]
    public async Task RunsOlderThanTheRetentionAreDroppedAtStartEvenIfTheAutomationNeverRunsAgain()
    {
        var options = new AutomationEngineOptions { RunRetention = TimeSpan.FromDays(1), TimeZone = "UTC" };
        var automation = Auto("rare", [Manual], [Notify("$.actions[0]", "hi")]);
        await using (var store = HubFile.Open(DbPath))
        {
            await using var hub = Create(_clock, store, options, automations: [automation]);
            await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "rare")!.Id);
        }

        _clock.Advance(TimeSpan.FromDays(2));
        await using var reopened = HubFile.Open(DbPath);
        await using var again = Create(_clock, reopened, options, automations: [automation]);

        Assert.Empty(again.Runs("rare"));
        Assert.Empty(reopened.Automations.LoadRuns());
    }

    private static RunnableAutomation LeftOn() =>
        Auto("left-on", [OnProperty("lamp-1", "light.on", to: "true", @for: TimeSpan.FromMinutes(5))], [Notify("$.actions[0]", "left on")]);

    private static async Task LampOnAsync(EngineHarness hub)
    {
        hub.Registry.Online("lamp-1");
        hub.Report("lamp-1", """{"light.on":true}""");
        await hub.Engine.WhenIdleAsync();
        Assert.Equal(1, hub.Engine.ForTimerCount);
    }

    [Fact]
    public async Task AForTimerResumesWhenTheTwinStillHoldsTheState()
    {
        var (hub, store) = await RestartAsync(LeftOn(), LampOnAsync, TimeSpan.FromMinutes(2));
        await using var _ = store;
        await using var __ = hub;

        Assert.Equal(1, hub.Engine.ForTimerCount);
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(hub.Runs("left-on"));
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = await hub.FinishedAsync("left-on");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
    }

    [Fact]
    public async Task AForTimerThatCameDueWhileTheHubWasDownFiresAtOnce()
    {
        var (hub, store) = await RestartAsync(LeftOn(), LampOnAsync, TimeSpan.FromMinutes(30));
        await using var _ = store;
        await using var __ = hub;

        Assert.Equal(AutomationRunResult.Succeeded, (await hub.FinishedAsync("left-on")).Result);
    }

    [Fact]
    public async Task AForTimerIsDroppedWhenThePropertyNoLongerHoldsTheValue()
    {
        var (hub, store) = await RestartAsync(LeftOn(), LampOnAsync, TimeSpan.FromMinutes(2),
            beforeStart: h => h.Report("lamp-1", """{"light.on":false}"""));
        await using var _ = store;
        await using var __ = hub;

        Assert.Equal(0, hub.Engine.ForTimerCount);
        hub.Clock.Advance(TimeSpan.FromMinutes(10));
        await hub.Engine.WhenIdleAsync();
        Assert.Empty(hub.Runs("left-on"));
        Assert.Empty(store.Automations.LoadPending());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
