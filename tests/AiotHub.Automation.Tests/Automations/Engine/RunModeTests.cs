using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Traces;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Modes single, restart, queued and parallel under concurrent triggers, and the rate limit.</summary>
public sealed class RunModeTests
{
    private static EngineHarness Hub(AutomationMode mode, int max = 10, AutomationRateLimit? rate = null) => Create(automations:
    [
        Auto("slow", [new ManualTrigger("$.triggers[0]", null)], [new DelayAction("$.actions[0]", TimeSpan.FromMinutes(1)), Notify("$.actions[1]", "done")], mode: mode, max: max, rateLimit: rate),
    ]);

    private static AutomationRun[] FireConcurrently(EngineHarness hub, int count)
    {
        var runs = new AutomationRun[count];
        using var go = new Barrier(count);
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, i =>
        {
            go.SignalAndWait(Ct);
            runs[i] = hub.Engine.RunNow(HomeId, "slow")!;
        });
        return runs;
    }

    [Fact]
    public async Task SingleRunsOneOfManyConcurrentTriggersAndSkipsTheRest()
    {
        await using var hub = Hub(AutomationMode.Single);

        var runs = FireConcurrently(hub, 8);

        var running = Assert.Single(runs, r => r.Result == AutomationRunResult.Running);
        Assert.All(runs.Where(r => r != running), r => Assert.Equal((AutomationRunResult.Skipped, "a run is in progress (mode single)"), (r.Result, r.Reason)));
        await hub.WaitingAtAsync("slow", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(AutomationRunResult.Succeeded, (await hub.Engine.WhenFinishedAsync(HomeId, running.Id))!.Result);
    }

    [Fact]
    public async Task RestartCancelsTheRunInProgressAndStartsTheNewOne()
    {
        await using var hub = Hub(AutomationMode.Restart);

        var first = hub.Engine.RunNow(HomeId, "slow")!;
        await hub.WaitingAtAsync("slow", "$.actions[0]");
        var second = hub.Engine.RunNow(HomeId, "slow")!;
        var cancelled = (await hub.Engine.WhenFinishedAsync(HomeId, first.Id))!;
        await Eventually(() => hub.Engine.FindRun(HomeId, second.Id)!.Steps.Count > 0);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var finished = (await hub.Engine.WhenFinishedAsync(HomeId, second.Id))!;

        Assert.Equal((AutomationRunResult.Cancelled, "a newer run replaced it (mode restart)"), (cancelled.Result, cancelled.Reason));
        Assert.Equal(AutomationStepStatus.Cancelled, Assert.Single(cancelled.Steps).Status);
        Assert.Equal(AutomationRunResult.Succeeded, finished.Result);
    }

    [Fact]
    public async Task ARunAskedForWhileItsFinalTraceIsBeingKeptIsAwaitedNotReportedStillRunning()
    {
        await using var hub = Hub(AutomationMode.Single);
        var run = hub.Engine.RunNow(HomeId, "slow")!;
        await hub.WaitingAtAsync("slow", "$.actions[0]");
        var asked = new List<Task<AutomationRun?>>();
        // Disabled, the automation is out of the engine's index, so keeping its cancelled run's final trace asks the
        // source whether it still exists: the run is asked for right then, as an API call on another thread could.
        hub.ExistsAsked = _ =>
        {
            lock (asked)
                asked.Add(hub.Engine.WhenFinishedAsync(HomeId, run.Id));
        };

        hub.Remove("slow", delete: false);
        var finished = (await hub.Engine.WhenFinishedAsync(HomeId, run.Id))!;
        hub.ExistsAsked = null;

        Assert.Equal((AutomationRunResult.Cancelled, "the automation was disabled or can no longer run"), (finished.Result, finished.Reason));
        Task<AutomationRun?>[] answers;
        lock (asked)
            answers = [.. asked];
        Assert.NotEmpty(answers);
        foreach (var answer in answers)
            Assert.Equal(AutomationRunResult.Cancelled, (await answer)!.Result);
    }

    [Fact]
    public async Task QueuedRunsOneAfterAnotherInOrderUpToMaxWaiting()
    {
        await using var hub = Hub(AutomationMode.Queued, max: 2);

        var runs = Enumerable.Range(0, 4).Select(_ => hub.Engine.RunNow(HomeId, "slow")!).ToArray();
        var finished = new List<AutomationRun>();
        for (var i = 0; i < 3; i++)
        {
            await Eventually(() => hub.Engine.FindRun(HomeId, runs[i].Id)!.Steps.Any(s => s.Status == AutomationStepStatus.Running));
            Assert.All(runs.Skip(i + 1).Take(2 - i), r => Assert.Empty(hub.Engine.FindRun(HomeId, r.Id)!.Steps));
            hub.Clock.Advance(TimeSpan.FromMinutes(1));
            finished.Add((await hub.Engine.WhenFinishedAsync(HomeId, runs[i].Id))!);
        }

        Assert.Equal("queued behind the runs in progress", runs[1].Reason);
        Assert.Equal(AutomationRunResult.Skipped, runs[3].Result);
        Assert.All(finished, r => Assert.Equal(AutomationRunResult.Succeeded, r.Result));
        Assert.True(finished[0].Finished <= finished[1].Steps[0].Started && finished[1].Finished <= finished[2].Steps[0].Started);
    }

    [Fact]
    public async Task ParallelRunsSideBySideUpToMax()
    {
        await using var hub = Hub(AutomationMode.Parallel, max: 3);

        var runs = FireConcurrently(hub, 5);

        Assert.Equal(3, runs.Count(r => r.Result == AutomationRunResult.Running));
        Assert.Equal(2, runs.Count(r => r.Result == AutomationRunResult.Skipped));
        foreach (var run in runs.Where(r => r.Result == AutomationRunResult.Running))
            await Eventually(() => hub.Engine.FindRun(HomeId, run.Id)!.Steps.Count > 0);
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var run in runs.Where(r => r.Result == AutomationRunResult.Running))
            Assert.Equal(AutomationRunResult.Succeeded, (await hub.Engine.WhenFinishedAsync(HomeId, run.Id))!.Result);
    }

    [Fact]
    public async Task OverTheRateLimitARunIsTracedRateLimitedAndNotRunUntilTheWindowPasses()
    {
        await using var hub = Hub(AutomationMode.Parallel, rate: new AutomationRateLimit(2, TimeSpan.FromMinutes(1)));

        var first = hub.Engine.RunNow(HomeId, "slow")!;
        hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = hub.Engine.RunNow(HomeId, "slow")!;
        var third = hub.Engine.RunNow(HomeId, "slow")!;
        hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var fourth = hub.Engine.RunNow(HomeId, "slow")!;

        Assert.Equal([AutomationRunResult.Running, AutomationRunResult.Running, AutomationRunResult.RateLimited, AutomationRunResult.Running],
            new[] { first, second, third, fourth }.Select(r => r.Result));
        Assert.Equal("the rate limit of 2 runs per 1m was reached", third.Reason);
        Assert.Empty(third.Steps);
    }

    [Fact]
    public async Task ATriggerSkippedByTheModeDoesNotUseUpTheRateLimit()
    {
        await using var hub = Hub(AutomationMode.Single, rate: new AutomationRateLimit(2, TimeSpan.FromHours(1)));

        var first = hub.Engine.RunNow(HomeId, "slow")!;
        var skipped = Enumerable.Range(0, 5).Select(_ => hub.Engine.RunNow(HomeId, "slow")!).ToList();
        await hub.WaitingAtAsync("slow", "$.actions[0]");
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        await hub.Engine.WhenFinishedAsync(HomeId, first.Id);
        var second = hub.Engine.RunNow(HomeId, "slow")!;

        Assert.All(skipped, r => Assert.Equal(AutomationRunResult.Skipped, r.Result));
        Assert.Equal(AutomationRunResult.Running, second.Result);
    }
}
