using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Two automations that undo each other through a lamp: a loop through another automation, stopped by the rule in docs/automations.md "Runs".</summary>
public sealed class LoopProtectionTests
{
    private static EngineHarness PingPong() => Create(
        options: new AutomationEngineOptions { LoopLimit = 10, LoopWindow = TimeSpan.FromSeconds(10), CausalityWindow = TimeSpan.FromSeconds(5) },
        automations:
        [
            Auto("off-again", [OnProperty("lamp-1", "light.on", to: "true")], [Set("$.actions[0]", "lamp-1", """{"light.on":false}""")], mode: AutomationMode.Parallel),
            Auto("on-again", [OnProperty("lamp-1", "light.on", to: "false")], [Set("$.actions[0]", "lamp-1", """{"light.on":true}""")], mode: AutomationMode.Parallel),
        ]);

    [Fact]
    public async Task AnAutomationReTriggeredThroughAnotherMoreThanTheLimitIsStoppedWithAWarning()
    {
        await using var hub = PingPong();
        hub.Registry.Online("lamp-1");
        using var feed = hub.Registry.Events.Subscribe(HomeId);

        hub.Report("lamp-1", """{"light.on":true}""");
        var stopped = await hub.RunAsync("off-again", r => r.Result == AutomationRunResult.LoopStopped);
        await hub.Engine.WhenIdleAsync();
        await Task.WhenAll(hub.Runs("off-again").Concat(hub.Runs("on-again")).Select(r => hub.Engine.WhenFinishedAsync(HomeId, r.Id)));
        await hub.Engine.WhenIdleAsync();

        Assert.Equal("the automation's own actions re-triggered it more than 10 times within 10s", stopped.Reason);
        // The first run was not caused by a run; then 10 re-triggers are allowed, the 11th stops it. Each of the 11 runs had
        // its command applied, the last one too, however late its task got to the lamp's answer (see the test below).
        Assert.Equal(11, hub.Runs("off-again").Count(r => r.Result == AutomationRunResult.Succeeded));
        Assert.Single(hub.Runs("off-again"), r => r.Result == AutomationRunResult.LoopStopped);
        // on-again's 11th run sent the command whose report crossed off-again's limit; its own count stays at 10.
        Assert.Equal(11, hub.Runs("on-again").Count(r => r.Result == AutomationRunResult.Succeeded));
        var warnings = new List<AutomationNotification>();
        while (feed.Reader.TryRead(out var e))
        {
            if (e.Data is AutomationNotification n)
                warnings.Add(n);
        }

        var warning = Assert.Single(warnings, w => w.AutomationId == "off-again");
        Assert.Equal("warning", warning.Level);
        Assert.Contains("re-triggered itself more than 10 times within 10s", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastRunBeforeTheStopIsNotCancelledWhenItsLampHasAlreadyAnswered()
    {
        // What a loaded machine did now and then: the lamp had answered the last allowed run's command, and the trigger that
        // crosses the limit was handled before that run's task took the answer. Pinned here: the test is the lamp and turns
        // it on again while its answer is being published, before the registry releases the run's wait.
        await using var hub = Create(
            options: new AutomationEngineOptions { LoopLimit = 1, LoopWindow = TimeSpan.FromSeconds(10), CausalityWindow = TimeSpan.FromSeconds(5) },
            automations: [Auto("off-again", [OnProperty("lamp-1", "light.on", to: "true")], [Set("$.actions[0]", "lamp-1", """{"light.on":false}""")], mode: AutomationMode.Parallel)]);
        hub.ReplyCode = _ => null;
        hub.Registry.Online("lamp-1");

        // Turned on by hand (not caused by a run), then again within the causality window of the automation's command to
        // the lamp (counted as caused by it, the one re-trigger the limit allows).
        var first = await TurnOnAsync(hub, commands: 1);
        Answer(hub, first);
        await hub.RunAsync("off-again", r => r.Result == AutomationRunResult.Succeeded);
        var last = await TurnOnAsync(hub, commands: 2);
        void TurnOnBeforeTheWaitEnds(HomeEvent e)
        {
            if (e.Data is not CommandUpdated { Status: CommandStatus.Applied } applied || applied.Id != last)
                return;
            hub.Report("lamp-1", """{"light.on":true}""");
            Assert.True(SpinWait.SpinUntil(() => hub.Runs("off-again").Any(r => r.Result == AutomationRunResult.LoopStopped), TimeSpan.FromSeconds(15)));
        }

        hub.Registry.Events.Published += TurnOnBeforeTheWaitEnds;
        try
        {
            Answer(hub, last);
        }
        finally
        {
            hub.Registry.Events.Published -= TurnOnBeforeTheWaitEnds;
        }

        await hub.Engine.WhenIdleAsync();
        var runs = hub.Runs("off-again");
        await Task.WhenAll(runs.Select(r => hub.Engine.WhenFinishedAsync(HomeId, r.Id)));
        runs = hub.Runs("off-again");

        Assert.Single(runs, r => r.Result == AutomationRunResult.LoopStopped);
        var ran = runs.Where(r => r.Result != AutomationRunResult.LoopStopped).ToList();
        Assert.Equal(2, ran.Count);
        Assert.All(ran, r => Assert.Equal((AutomationRunResult.Succeeded, AutomationStepStatus.Succeeded, "applied"),
            (r.Result, Assert.Single(r.Steps).Status, r.Steps[0].CommandStatus)));
    }

    private static async Task<string> TurnOnAsync(EngineHarness hub, int commands)
    {
        hub.Report("lamp-1", """{"light.on":true}""");
        string? sent = null;
        await Eventually(() =>
        {
            lock (hub.Sent)
                sent = hub.Sent.Count == commands ? hub.Sent[^1].CommandId : null;
            return sent is not null;
        });
        return sent!;
    }

    // The lamp applies the run's command: it reports the new value, then answers (as the harness's devices do).
    private static void Answer(EngineHarness hub, string commandId)
    {
        hub.Report("lamp-1", """{"light.on":false}""");
        Assert.True(hub.Registry.OnReply("lamp-1", commandId, 0));
    }

    [Fact]
    public async Task AStoppedAutomationDoesNotRunAgainUntilTheWindowHasPassed()
    {
        await using var hub = PingPong();
        hub.Registry.Online("lamp-1");
        hub.Report("lamp-1", """{"light.on":true}""");
        await hub.RunAsync("off-again", r => r.Result == AutomationRunResult.LoopStopped);
        hub.Clock.Advance(TimeSpan.FromSeconds(6));

        var held = hub.Engine.RunNow(HomeId, "off-again")!;
        hub.Clock.Advance(TimeSpan.FromSeconds(5));
        var again = hub.Engine.RunNow(HomeId, "off-again")!;
        hub.Remove("on-again");
        await hub.Engine.WhenFinishedAsync(HomeId, again.Id);

        Assert.Equal((AutomationRunResult.LoopStopped, "loop protection holds the automation for 10s after it was stopped"), (held.Result, held.Reason));
        Assert.Equal(AutomationRunResult.Running, again.Result);
    }

    [Fact]
    public async Task ALoopThroughTheHomeModeIsStoppedToo()
    {
        await using var hub = Create(automations:
        [
            Auto("back-home", [new ModeTrigger("$.triggers[0]", null, null, HomeModes.Away)], [new SetModeAction("$.actions[0]", HomeModes.Home)], mode: AutomationMode.Parallel),
            Auto("away-again", [new ModeTrigger("$.triggers[0]", null, null, HomeModes.Home)], [new SetModeAction("$.actions[0]", HomeModes.Away)], mode: AutomationMode.Parallel),
        ]);

        hub.Modes.Set(HomeId, HomeModes.Away, "api");
        var stopped = await hub.RunAsync("back-home", r => r.Result == AutomationRunResult.LoopStopped);

        Assert.Equal(AutomationRunResult.LoopStopped, stopped.Result);
        Assert.Equal(11, hub.Runs("back-home").Count(r => r.Result == AutomationRunResult.Succeeded));
    }

    [Fact]
    public void ACommandIdOnAChangeTracesItToTheRunThatSentIt()
    {
        var tracker = new CausalityTracker(TimeSpan.FromSeconds(5));
        var at = DateTimeOffset.UnixEpoch;
        tracker.NoteCommand(HomeId, "lamp-1", "c-1", ["a", "b"], at);
        tracker.NoteCommand(HomeId, "lamp-1", "c-2", ["c"], at);

        HomeEvent Change(string? commandId, string device, TimeSpan after) =>
            new(1, HomeId, at + after, device, new DesiredChanged("light.on", Json("false"), Json("true"), commandId));

        Assert.Equal(["a", "b"], tracker.Cause(Change("c-1", "lamp-1", TimeSpan.FromSeconds(1))));
        Assert.Equal(["c"], tracker.Cause(Change(null, "lamp-1", TimeSpan.FromSeconds(1))));
        Assert.Empty(tracker.Cause(Change(null, "lamp-1", TimeSpan.FromSeconds(6))));
        Assert.Empty(tracker.Cause(Change(null, "lamp-2", TimeSpan.FromSeconds(1))));
    }

    [Fact]
    public async Task RunsTriggeredByPeopleAreNotALoopHoweverMany()
    {
        await using var hub = Create(automations:
        [
            Auto("count", [OnProperty("lamp-1", "light.brightness")], [Notify("$.actions[0]", "changed")], mode: AutomationMode.Parallel),
        ]);
        hub.Registry.Online("lamp-1");

        for (var i = 1; i <= 25; i++)
            hub.Report("lamp-1", $$"""{"light.brightness":{{i}}}""");
        await hub.FinishedAsync("count", count: 20);

        Assert.DoesNotContain(hub.Runs("count"), r => r.Result == AutomationRunResult.LoopStopped);
    }
}
