using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;
using static AiotHub.Automation.Tests.Scenes.SceneCatalogTests;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Each action kind, against the registry's command lifecycle and a simulated device that answers.</summary>
public sealed class ActionTests
{
    private static readonly ManualTrigger Manual = new("$.triggers[0]", null);

    private static async Task<AutomationRun> RunAsync(EngineHarness hub, string id)
    {
        var run = hub.Engine.RunNow(HomeId, id)!;
        Assert.Equal(AutomationRunResult.Running, run.Result);
        return (await hub.Engine.WhenFinishedAsync(HomeId, run.Id))!;
    }

    [Fact]
    public async Task SetAndCallWaitForTheCommandOutcomeAndRecordIt()
    {
        await using var hub = Create(automations:
        [
            Auto("evening", [Manual],
            [
                Set("$.actions[0]", "lamp-1", """{"light.on":true,"light.brightness":30}"""),
                new CallAction("$.actions[1]", "speaker-1", "intelligent-speaker.play-text", Json("""{"text":"Good evening"}""")),
            ]),
        ]);
        hub.Registry.Online("lamp-1");
        hub.Registry.Online("speaker-1", TestRegistry.Speaker);

        var run = await RunAsync(hub, "evening");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(["set", "call"], run.Steps.Select(s => s.Kind));
        Assert.All(run.Steps, s => Assert.Equal((AutomationStepStatus.Succeeded, "applied"), (s.Status, s.CommandStatus)));
        Assert.Equal(CommandStatus.Applied, hub.Registry.GetCommand(run.Steps[0].CommandId!)!.Status);
        Assert.Equal(0, run.Steps[0].LatencyMs);
        Assert.Equal(("lamp-1", "$.actions[0]"), (run.Steps[0].DeviceId, run.Steps[0].Path));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Equal(30, lamp.Properties["light.brightness"].Reported!.Value.GetInt32());
    }

    [Fact]
    public async Task ARejectedOrOfflineCommandFailsItsStepAndTheRunIsPartial()
    {
        await using var hub = Create(automations:
        [
            Auto("mixed", [Manual],
            [
                Set("$.actions[0]", "lamp-1", """{"light.on":true}"""),
                Set("$.actions[1]", "lamp-2", """{"light.on":true}"""),
                Set("$.actions[2]", "lamp-3", """{"light.on":true}"""),
            ]),
        ]);
        hub.Registry.Online("lamp-1");
        hub.Registry.Online("lamp-2");
        hub.Registry.OnAnnounce("lamp-3", new DeviceAnnouncement(TestRegistry.Light));
        hub.ReplyCode = device => device == "lamp-2" ? 4 : 0;

        var run = await RunAsync(hub, "mixed");

        Assert.Equal(AutomationRunResult.Partial, run.Result);
        Assert.Equal("2 of the run's commands were not applied", run.Reason);
        Assert.Equal(["applied", "rejected", "offline"], run.Steps.Select(s => s.CommandStatus));
        Assert.Equal([AutomationStepStatus.Succeeded, AutomationStepStatus.Failed, AutomationStepStatus.Failed], run.Steps.Select(s => s.Status));
        Assert.Equal("busy", run.Steps[1].Message);
    }

    [Fact]
    public async Task AStepThatCannotRunFailsTheRunAndTheHubGoesOn()
    {
        await using var hub = Create(automations:
        [
            Auto("gone", [Manual], [Set("$.actions[0]", "no-such-lamp", """{"light.on":true}"""), Notify("$.actions[1]", "never")]),
            Auto("fine", [Manual], [Notify("$.actions[0]", "still here")]),
        ]);

        var run = await RunAsync(hub, "gone");
        var fine = await RunAsync(hub, "fine");

        Assert.Equal(AutomationRunResult.Failed, run.Result);
        Assert.Equal("the step at $.actions[0] failed: set on no-such-lamp could not run: unknown device no-such-lamp", run.Reason);
        Assert.Equal(AutomationStepStatus.Failed, Assert.Single(run.Steps).Status);
        Assert.Equal(AutomationRunResult.Succeeded, fine.Result);
    }

    [Fact]
    public async Task ANonsensicalDefinitionBuiltInCodeFailsItsOwnRunOnly()
    {
        await using var hub = Create(automations:
        [
            Auto("odd", [OnProperty("lamp-1", "light.on", above: 5)], [Notify("$.actions[0]", "never")]),
            Auto("bad-set", [new ManualTrigger("$.triggers[0]", null)], [Set("$.actions[0]", "lamp-1", "[1,2]"), new SetModeAction("$.actions[1]", "holiday")]),
            Auto("bad-mode", [new ManualTrigger("$.triggers[0]", null)], [new SetModeAction("$.actions[0]", "holiday")]),
        ]);
        hub.Registry.Online("lamp-1");

        hub.Report("lamp-1", """{"light.on":true}""");
        var badSet = await RunAsync(hub, "bad-set");
        var badMode = await RunAsync(hub, "bad-mode");
        await hub.Engine.WhenIdleAsync();

        Assert.Empty(hub.Runs("odd"));
        Assert.Equal(AutomationRunResult.Failed, badSet.Result);
        Assert.Contains("expected an object", badSet.Reason, StringComparison.Ordinal);
        Assert.Equal("the step at $.actions[0] failed: holiday is not a home mode", badMode.Reason);
        Assert.Equal(HomeModes.Home, hub.Modes.Get(HomeId).Mode);
    }

    [Fact]
    public async Task ASceneRunsThroughTheSceneRunnerAsStartedByTheRun()
    {
        await using var hub = Create(automations: [Auto("movie", [Manual], [new SceneAction("$.actions[0]", "movie-time"), new SceneAction("$.actions[1]", "nope")])]);
        hub.Registry.Online("lamp-1");
        hub.SceneCatalog.Create(HomeId, Definition("""{"name":"Movie time","steps":[{"deviceId":"lamp-1","set":{"light.brightness":5}}]}"""));

        var run = await RunAsync(hub, "movie");

        var sceneRun = hub.Scenes.FindRun(HomeId, "movie-time", run.Steps[0].SceneRunId!)!;
        Assert.Equal(("automation", run.Id, SceneRunStatus.Succeeded), (sceneRun.Source, sceneRun.StartedBy, sceneRun.Status));
        Assert.Equal(AutomationStepStatus.Succeeded, run.Steps[0].Status);
        Assert.Equal(AutomationRunResult.Failed, run.Result);
        Assert.Equal("the step at $.actions[1] failed: the scene nope does not exist", run.Reason);
    }

    [Fact]
    public async Task ADelayWaitsOnTheClockThenTheRunGoesOn()
    {
        await using var hub = Create(automations: [Auto("later", [Manual], [new DelayAction("$.actions[0]", TimeSpan.FromMinutes(5)), Notify("$.actions[1]", "done")])]);

        var started = hub.Engine.RunNow(HomeId, "later")!;
        await hub.WaitingAtAsync("later", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(AutomationRunResult.Running, hub.Engine.FindRun(HomeId, started.Id)!.Result);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = (await hub.Engine.WhenFinishedAsync(HomeId, started.Id))!;

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal((AutomationStepStatus.Succeeded, "waited 5m"), (run.Steps[0].Status, run.Steps[0].Message));
        Assert.Equal(started.Started + TimeSpan.FromMinutes(5), run.Finished);
    }

    [Fact]
    public async Task AWaitEndsWhenItsTriggerFiresAndOnTimeoutGoesOnOrFailsAsConfigured()
    {
        var doorOpen = new PropertyTrigger("$.actions[0].triggers[0]", null, "lamp-1", "light.on", null, Json("true"), null, null, null);
        await using var hub = Create(automations:
        [
            Auto("wait-ok", [Manual], [new WaitAction("$.actions[0]", [doorOpen], TimeSpan.FromMinutes(10), false), Notify("$.actions[1]", "on")]),
            Auto("wait-on", [Manual], [new WaitAction("$.actions[0]", [doorOpen], TimeSpan.FromMinutes(1), true), Notify("$.actions[1]", "anyway")]),
            Auto("wait-fail", [Manual], [new WaitAction("$.actions[0]", [doorOpen], TimeSpan.FromMinutes(1), false), Notify("$.actions[1]", "never")]),
        ]);
        hub.Registry.Online("lamp-1");

        var ok = hub.Engine.RunNow(HomeId, "wait-ok")!;
        await hub.WaitingAtAsync("wait-ok", "$.actions[0]");
        hub.Report("lamp-1", """{"light.on":true}""");
        var okRun = (await hub.Engine.WhenFinishedAsync(HomeId, ok.Id))!;
        var on = hub.Engine.RunNow(HomeId, "wait-on")!;
        var fail = hub.Engine.RunNow(HomeId, "wait-fail")!;
        await hub.WaitingAtAsync("wait-on", "$.actions[0]");
        await hub.WaitingAtAsync("wait-fail", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var onRun = (await hub.Engine.WhenFinishedAsync(HomeId, on.Id))!;
        var failRun = (await hub.Engine.WhenFinishedAsync(HomeId, fail.Id))!;

        Assert.Equal(AutomationRunResult.Succeeded, okRun.Result);
        Assert.Equal("the wait ended: lamp-1 light.on changed from nothing to true", okRun.Steps[0].Message);
        Assert.Equal(AutomationRunResult.Succeeded, onRun.Result);
        Assert.Equal([AutomationStepStatus.TimedOut, AutomationStepStatus.Succeeded], onRun.Steps.Select(s => s.Status));
        Assert.Equal(AutomationRunResult.Failed, failRun.Result);
        Assert.Equal("the wait at $.actions[0] timed out: no trigger within 1m", failRun.Reason);
        Assert.Single(failRun.Steps);
    }

    [Fact]
    public async Task AWaitOnAPropertyEndsOnTheDevicesReportNotOnACommandsDesiredValue()
    {
        var lampOn = new PropertyTrigger("$.actions[0].triggers[0]", null, "lamp-1", "light.on", null, Json("true"), null, null, null);
        await using var hub = Create(automations:
            [Auto("wait-report", [Manual], [new WaitAction("$.actions[0]", [lampOn], TimeSpan.FromMinutes(10), false), Notify("$.actions[1]", "on")])]);
        hub.Registry.Online("lamp-1");
        var started = hub.Engine.RunNow(HomeId, "wait-report")!;
        await hub.WaitingAtAsync("wait-report", "$.actions[0]");

        // What the registry raises when a command asks for the value: the lamp has not said it is on yet.
        hub.Registry.Events.Publish(new HomeEventDraft(HomeId, hub.Clock.GetUtcNow(), "lamp-1", new DesiredChanged("light.on", null, Json("true"), "c-1")));
        await hub.Engine.WhenIdleAsync();
        Assert.Equal(AutomationRunResult.Running, hub.Engine.FindRun(HomeId, started.Id)!.Result);

        hub.Report("lamp-1", """{"light.on":true}""");
        var run = (await hub.Engine.WhenFinishedAsync(HomeId, started.Id))!;
        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal("the wait ended: lamp-1 light.on changed from nothing to true", run.Steps[0].Message);
    }

    [Fact]
    public async Task AWaitOnATriggerWithForEndsOnlyOnceTheStateHasHeldThatLong()
    {
        var quiet = new PropertyTrigger("$.actions[0].triggers[0]", null, "hall-motion", "motion-sensor.motion-state", null, Json("false"), null, null, TimeSpan.FromMinutes(5));
        await using var hub = Create(automations:
        [
            Auto("lights-out", [Manual], [new WaitAction("$.actions[0]", [quiet], TimeSpan.FromMinutes(30), false), Notify("$.actions[1]", "quiet")]),
        ]);
        hub.Registry.Online("hall-motion", Motion);
        hub.Report("hall-motion", """{"motion-sensor.motion-state":true}""");

        var started = hub.Engine.RunNow(HomeId, "lights-out")!;
        await hub.WaitingAtAsync("lights-out", "$.actions[0]");
        hub.Report("hall-motion", """{"motion-sensor.motion-state":false}""");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(3));
        hub.Report("hall-motion", """{"motion-sensor.motion-state":true}""");
        hub.Report("hall-motion", """{"motion-sensor.motion-state":false}""");
        await hub.Engine.WhenIdleAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(AutomationRunResult.Running, hub.Engine.FindRun(HomeId, started.Id)!.Result);
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        var run = (await hub.Engine.WhenFinishedAsync(HomeId, started.Id))!;

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(started.Started + TimeSpan.FromMinutes(8), run.Steps[0].Finished);
    }

    [Fact]
    public async Task IfAndChooseTakeTheBranchTheirConditionsSelectAndTraceIt()
    {
        var isAway = new ModeCondition("$.actions[0].conditions[0]", [HomeModes.Away]);
        await using var hub = Create(automations:
        [
            Auto("branch", [Manual],
            [
                new IfAction("$.actions[0]", [isAway], [Notify("$.actions[0].then[0]", "away")], [Notify("$.actions[0].else[0]", "home")]),
                new ChooseAction("$.actions[1]",
                [
                    new ChooseOption("$.actions[1].options[0]", [new ModeCondition("$.actions[1].options[0].conditions[0]", [HomeModes.Sleep])], [Notify("$.actions[1].options[0].actions[0]", "sleep")]),
                    new ChooseOption("$.actions[1].options[1]", [new ModeCondition("$.actions[1].options[1].conditions[0]", [HomeModes.Home])], [Notify("$.actions[1].options[1].actions[0]", "home")]),
                ],
                [Notify("$.actions[1].default[0]", "other")]),
            ]),
        ]);

        var run = await RunAsync(hub, "branch");

        Assert.Equal(["$.actions[0]", "$.actions[0].else[0]", "$.actions[1]", "$.actions[1].options[1].actions[0]"], run.Steps.Select(s => s.Path));
        Assert.Equal("the conditions did not hold: else", run.Steps[0].Message);
        Assert.Equal("option 1 was chosen", run.Steps[2].Message);
        Assert.Equal(["$.actions[0].conditions[0]", "$.actions[1].options[0].conditions[0]", "$.actions[1].options[1].conditions[0]"], run.Conditions.Select(c => c.Path));
    }

    [Fact]
    public async Task NotifyPutsANotificationOnTheFeedAndModeSetsTheHomeModeAsTheAutomation()
    {
        await using var hub = Create(automations:
        [
            Auto("night", [Manual], [new NotifyAction("$.actions[0]", "Front door opened", "Security", "alert"), new SetModeAction("$.actions[1]", HomeModes.Sleep)]),
        ]);
        using var feed = hub.Registry.Events.Subscribe(HomeId);

        var run = await RunAsync(hub, "night");

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal((HomeModes.Sleep, "automation:night"), (hub.Modes.Get(HomeId).Mode, hub.Modes.Get(HomeId).Source));
        var events = new List<HomeEvent>();
        while (feed.Reader.TryRead(out var e))
            events.Add(e);
        var notification = Assert.IsType<AutomationNotification>(Assert.Single(events, e => e.Data is AutomationNotification).Data);
        Assert.Equal(new AutomationNotification("night", run.Id, "Security", "Front door opened", "alert"), notification);
        Assert.Single(events, e => e.Data is HomeModeChanged);
    }

    [Fact]
    public async Task SnapshotSavesWritablePropertiesAndRestoreSetsThemBack()
    {
        await using var hub = Create(automations:
        [
            Auto("save", [Manual], [new SnapshotAction("$.actions[0]", "before-movie", ["lamp-1"])]),
            Auto("dim", [Manual], [Set("$.actions[0]", "lamp-1", """{"light.on":true,"light.brightness":5}""")]),
            Auto("back", [Manual], [new RestoreAction("$.actions[0]", "before-movie")]),
            Auto("nothing", [Manual], [new RestoreAction("$.actions[0]", "never-saved")]),
        ]);
        hub.Registry.Online("lamp-1");
        hub.Report("lamp-1", """{"light.on":false,"light.brightness":80}""");

        var save = await RunAsync(hub, "save");
        await RunAsync(hub, "dim");
        var back = await RunAsync(hub, "back");
        var nothing = await RunAsync(hub, "nothing");

        Assert.Equal("saved 2 properties of 1 devices as \"before-movie\"", save.Steps[0].Message);
        Assert.Equal(AutomationRunResult.Succeeded, back.Result);
        Assert.Equal(("restore", "applied"), (back.Steps[0].Kind, back.Steps[0].CommandStatus));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Equal((false, 80), (lamp.Properties["light.on"].Reported!.Value.GetBoolean(), lamp.Properties["light.brightness"].Reported!.Value.GetInt32()));
        Assert.Equal(AutomationRunResult.Failed, nothing.Result);
    }
}
