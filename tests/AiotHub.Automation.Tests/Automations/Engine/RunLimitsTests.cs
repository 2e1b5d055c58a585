using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Schedules;
using AiotHub.Automation.Traces;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>
/// The limits the engine enforces while runs go on (docs/automations.md "Limits"): concurrent runs per automation and
/// per home, run duration, trace size per run and per home, runs started by schedules per home. Each refusal or stop
/// is traced with the reason and the limit's key, and leaves the runs that were admitted as they were.
/// </summary>
public sealed class RunLimitsTests
{
    private static readonly ManualTrigger Manual = new("$.triggers[0]", null);

    private static EngineHarness Hub(AutomationLimits limits, params RunnableAutomation[] automations) =>
        Create(options: new AutomationEngineOptions { TimeZone = "UTC", Limits = limits }, automations: automations);

    private static RunnableAutomation Slow(string id, string home = HomeId) =>
        Auto(id, [Manual], [new DelayAction("$.actions[0]", TimeSpan.FromMinutes(1)), Notify("$.actions[1]", "done")], mode: AutomationMode.Parallel, max: 100, home: home);

    [Fact]
    public async Task RunsOfOneAutomationBeyondItsConcurrentLimitAreRefusedWhateverItsModeAllows()
    {
        await using var hub = Hub(new AutomationLimits { ConcurrentRunsPerAutomation = 3 }, Slow("slow"));

        var runs = Enumerable.Range(0, 5).Select(_ => hub.Engine.RunNow(HomeId, "slow")!).ToArray();
        await Eventually(() => hub.Runs("slow").Count(r => r.Steps.Any(s => s.Status == AutomationStepStatus.Running)) == 3);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var finished = await Task.WhenAll(runs.Take(3).Select(r => hub.Engine.WhenFinishedAsync(HomeId, r.Id)));

        Assert.All(runs.Take(3), r => Assert.Equal(AutomationRunResult.Running, r.Result));
        Assert.All(runs.Skip(3), r => Assert.Equal(
            (AutomationRunResult.Skipped, "3 runs of the automation are in progress or queued, the most Automations:Limits:ConcurrentRunsPerAutomation allows", "Automations:Limits:ConcurrentRunsPerAutomation"),
            (r.Result, r.Reason, r.Limit)));
        Assert.All(finished, r => Assert.Equal(AutomationRunResult.Succeeded, r!.Result));
        Assert.Equal(AutomationRunResult.Running, hub.Engine.RunNow(HomeId, "slow")!.Result);
    }

    [Fact]
    public async Task RunsOfAHomeBeyondItsConcurrentLimitAreRefusedAndOtherHomesGoOn()
    {
        await using var hub = Hub(new AutomationLimits { ConcurrentRunsPerHome = 2 }, Slow("a"), Slow("b"), Slow("c", home: "cabin"));

        var a = hub.Engine.RunNow(HomeId, "a")!;
        var b = hub.Engine.RunNow(HomeId, "b")!;
        var refused = hub.Engine.RunNow(HomeId, "a")!;
        var cabin = hub.Engine.RunNow("cabin", "c")!;
        await hub.WaitingAtAsync("a", "$.actions[0]");
        await hub.WaitingAtAsync("b", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        await hub.Engine.WhenFinishedAsync(HomeId, a.Id);
        await hub.Engine.WhenFinishedAsync(HomeId, b.Id);

        Assert.Equal((AutomationRunResult.Running, AutomationRunResult.Running, AutomationRunResult.Running), (a.Result, b.Result, cabin.Result));
        Assert.Equal((AutomationRunResult.Skipped, "Automations:Limits:ConcurrentRunsPerHome"), (refused.Result, refused.Limit));
        Assert.Equal("2 runs of the home's automations are in progress or queued, the most Automations:Limits:ConcurrentRunsPerHome allows", refused.Reason);
        // The runs that ended gave their places back.
        Assert.Equal(AutomationRunResult.Running, hub.Engine.RunNow(HomeId, "b")!.Result);
    }

    [Fact]
    public async Task ARunPastItsDurationEndsStoppedWithTheReasonAndTheLimitInItsTrace()
    {
        await using var hub = Hub(new AutomationLimits { RunDuration = TimeSpan.FromMinutes(2) },
            Auto("long", [Manual], [new DelayAction("$.actions[0]", TimeSpan.FromMinutes(1)), new DelayAction("$.actions[1]", TimeSpan.FromMinutes(90)), Notify("$.actions[2]", "never")]));

        var run = hub.Engine.RunNow(HomeId, "long")!;
        await hub.WaitingAtAsync("long", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        await hub.WaitingAtAsync("long", "$.actions[1]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var stopped = (await hub.Engine.WhenFinishedAsync(HomeId, run.Id))!;

        Assert.Equal((AutomationRunResult.Stopped, "Automations:Limits:RunDuration"), (stopped.Result, stopped.Limit));
        Assert.Equal("the run went on longer than 2m, the most Automations:Limits:RunDuration allows", stopped.Reason);
        Assert.Equal(
            [("$.actions[0]", AutomationStepStatus.Succeeded), ("$.actions[1]", AutomationStepStatus.Cancelled)],
            stopped.Steps.Select(s => (s.Path, s.Status)));
        Assert.Equal(stopped.Reason, stopped.Steps[1].Message);
        Assert.Equal(stopped, hub.Engine.FindRun(HomeId, run.Id));
    }

    [Fact]
    public async Task ATracePastItsStepLimitEndsWithAMarkerAndNeverGrowsWhileTheRunGoesOn()
    {
        var notifications = Enumerable.Range(0, 30).Select(i => (AutomationAction)Notify($"$.actions[{i}]", $"n{i}")).ToList();
        await using var hub = Hub(new AutomationLimits { TraceSteps = 10 }, Auto("chatty", [Manual], notifications));
        using var feed = hub.Registry.Events.Subscribe(HomeId);

        var run = (await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "chatty")!.Id))!;

        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(10, run.Steps.Count);
        Assert.Equal(("$.actions[9]", "truncated"), (run.Steps[^1].Path, run.Steps[^1].Kind));
        Assert.Equal("the trace reached 10 steps, the most Automations:Limits:TraceSteps allows; the run went on, but its steps from here are not recorded", run.Steps[^1].Message);
        // Every action ran: all thirty notifications are on the home's feed.
        var sent = new List<string>();
        while (sent.Count < 30 && await feed.Reader.WaitToReadAsync(Ct))
        {
            while (feed.Reader.TryRead(out var e))
            {
                if (e.Data is AutomationNotification n)
                    sent.Add(n.Message);
            }
        }

        Assert.Equal(notifications.Select((_, i) => $"n{i}"), sent);
    }

    [Fact]
    public async Task ATracePastItsByteLimitIsCutBelowIt()
    {
        var message = new string('x', 1000);
        var notifications = Enumerable.Range(0, 40).Select(i => (AutomationAction)Notify($"$.actions[{i}]", message)).ToList();
        await using var hub = Hub(new AutomationLimits { TraceBytes = 16 * 1024 }, Auto("big", [Manual], notifications));

        var run = (await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "big")!.Id))!;

        Assert.Equal("truncated", run.Steps[^1].Kind);
        Assert.Contains("Automations:Limits:TraceBytes", run.Steps[^1].Message, StringComparison.Ordinal);
        Assert.InRange(AutomationTraceStore.Serialize(run).Length, 12 * 1024, 16 * 1024);
    }

    [Fact]
    public async Task AHomeKeepsItsTracesWithinItsByteLimitDroppingTheOldestFirst()
    {
        var message = new string('x', 1000);
        await using var hub = Hub(new AutomationLimits { TraceBytesPerHome = 64 * 1024 },
            Auto("a", [Manual], [.. Enumerable.Range(0, 5).Select(i => (AutomationAction)Notify($"$.actions[{i}]", message))]));

        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
            ids.Add((await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "a")!.Id))!.Id);

        var kept = hub.Runs("a").Select(r => r.Id).ToList();
        Assert.InRange(kept.Count, 5, 12);
        Assert.Equal(ids.TakeLast(kept.Count).Reverse(), kept);
        Assert.True(hub.Runs("a").Sum(r => AutomationTraceStore.Serialize(r).Length) <= 64 * 1024);
    }

    [Fact]
    public async Task RunsStartedBySchedulesAreLimitedPerHomeAndTracedRateLimited()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 10, 0, 30, TimeSpan.Zero));
        var everyMinute = CronSchedule.Parse("* * * * *");
        await using var hub = Create(clock, options: new AutomationEngineOptions { TimeZone = "UTC", Limits = new AutomationLimits { ScheduledRunsPerMinute = 2 } },
            automations: [.. Enumerable.Range(0, 3).Select(i => Auto($"s{i}", [new ScheduleTrigger("$.triggers[0]", null, "* * * * *", everyMinute)], [Notify("$.actions[0]", "tick")]))]);

        clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually(() => Enumerable.Range(0, 3).All(i => hub.Runs($"s{i}").Any(r => r.Result != AutomationRunResult.Running)));
        var runs = Enumerable.Range(0, 3).SelectMany(i => hub.Runs($"s{i}")).ToList();

        Assert.Equal(2, runs.Count(r => r.Result == AutomationRunResult.Succeeded));
        var limited = Assert.Single(runs, r => r.Result == AutomationRunResult.RateLimited);
        Assert.Equal("Automations:Limits:ScheduledRunsPerMinute", limited.Limit);
        Assert.Equal("schedules started 2 runs in the home within the last minute, the most Automations:Limits:ScheduledRunsPerMinute allows", limited.Reason);
        // Run now is not a schedule: it is not counted.
        Assert.Equal(AutomationRunResult.Succeeded, (await hub.Engine.WhenFinishedAsync(HomeId, hub.Engine.RunNow(HomeId, "s0")!.Id))!.Result);
    }

    [Fact]
    public async Task AWebhookWhoseRunsAreAllRefusedByALimitSaysWhich()
    {
        var hook = new WebhookTrigger("$.triggers[0]", null, "0123456789abcdefXYZ");
        await using var hub = Hub(new AutomationLimits { ConcurrentRunsPerHome = 1 },
            Auto("hooked", [hook], [new DelayAction("$.actions[0]", TimeSpan.FromMinutes(1))], mode: AutomationMode.Parallel));
        using var body = JsonDocument.Parse("{}");

        var first = hub.Engine.FireWebhook("0123456789abcdefXYZ", body.RootElement);
        var second = hub.Engine.FireWebhook("0123456789abcdefXYZ", body.RootElement);

        Assert.Null(first.Limit);
        Assert.Equal("Automations:Limits:ConcurrentRunsPerHome", second.Limit);
    }
}
