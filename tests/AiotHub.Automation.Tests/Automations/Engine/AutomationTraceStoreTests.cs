using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Automation.Automations.Persistence;

namespace AiotHub.Automation.Tests.Automations.Engine;

public sealed class AutomationTraceStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-traces-").FullName;

    private static AutomationRun Run(string id, string automation, int minute, AutomationRunResult result = AutomationRunResult.Succeeded, string home = "home") =>
        new(id, home, automation, automation, result, null, T0.AddMinutes(minute), T0.AddMinutes(minute),
            new AutomationRunTrigger(-1, "manual", "run now", JsonDocument.Parse("{}").RootElement.Clone(), T0.AddMinutes(minute)), [], []);

    [Fact]
    public void QueriesFilterByAutomationResultAndTimeNewestFirst()
    {
        var store = new AutomationTraceStore(null, new AutomationEngineOptions());
        store.Save(Run("r1", "a", 1));
        store.Save(Run("r2", "b", 2, AutomationRunResult.Failed));
        store.Save(Run("r3", "a", 3, AutomationRunResult.Failed));
        store.Save(Run("r4", "a", 4));
        store.Save(Run("r5", "a", 5, home: "cabin"));

        Assert.Equal(["r4", "r3", "r2", "r1"], store.Query(new("home"), 100, null).Select(r => r.Id));
        Assert.Equal(["r4", "r3", "r1"], store.Query(new("home", "a"), 100, null).Select(r => r.Id));
        Assert.Equal(["r3", "r2"], store.Query(new("home", Result: AutomationRunResult.Failed), 100, null).Select(r => r.Id));
        Assert.Equal(["r3", "r2"], store.Query(new("home", From: T0.AddMinutes(2), To: T0.AddMinutes(4)), 100, null).Select(r => r.Id));
        Assert.Equal(3, store.Count(new("home", "a")));
        Assert.Null(store.Find("home", "r5"));
        Assert.Equal("r5", store.Find("cabin", "r5")!.Id);
    }

    [Fact]
    public void KeysetPagingWalksEveryRunOnceEvenWhenRunsShareAStartTime()
    {
        var store = new AutomationTraceStore(null, new AutomationEngineOptions { RunsPerAutomation = 100 });
        for (var i = 0; i < 7; i++)
            store.Save(Run($"r{i}", "a", i / 2));

        var seen = new List<string>();
        string? after = null;
        while (store.Query(new("home"), 3, after) is { Count: > 0 } page)
        {
            seen.AddRange(page.Select(r => r.Id));
            after = page[^1].Id;
        }

        Assert.Equal(["r6", "r5", "r4", "r3", "r2", "r1", "r0"], seen);
    }

    [Fact]
    public void RetentionKeepsFailedRunsLongerByCountAndByAge()
    {
        var options = new AutomationEngineOptions
        {
            RunsPerAutomation = 2, FailedRunsPerAutomation = 3, RunRetention = TimeSpan.FromDays(1), FailedRunRetention = TimeSpan.FromDays(3),
        };
        var store = new AutomationTraceStore(null, options);
        // Two days old: too old for a successful run, young enough for a failed one.
        store.Save(Run("old-ok", "a", -2 * 24 * 60));
        store.Save(Run("old-failed", "a", -2 * 24 * 60, AutomationRunResult.Interrupted));
        for (var i = 0; i < 4; i++)
        {
            store.Save(Run($"ok{i}", "a", i));
            store.Save(Run($"failed{i}", "a", i, i % 2 == 0 ? AutomationRunResult.Failed : AutomationRunResult.LoopStopped));
        }

        store.Save(Run("other", "b", 0));
        store.Prune("home", "a", T0.AddMinutes(10));

        Assert.Equal(["failed3", "ok3", "failed2", "ok2", "failed1"], store.Query(new("home", "a"), 100, null).Select(r => r.Id));
        Assert.Equal(1, store.Count(new("home", "b")));
    }

    [Fact]
    public async Task RunsArePersistedPrunedInTheFileAndRemovedWithTheirAutomation()
    {
        var path = Path.Combine(_directory, "hub.db");
        var options = new AutomationEngineOptions { RunsPerAutomation = 2 };
        await using (var db = AutomationStore.Open(path))
        {
            var store = new AutomationTraceStore(db, options);
            for (var i = 0; i < 4; i++)
                store.Save(Run($"a{i}", "a", i));
            store.Save(Run("b0", "b", 0, AutomationRunResult.Running));
            store.Save(Run("b0", "b", 0, AutomationRunResult.Running) with { Reason = "updated" });
            store.Prune("home", "a", T0.AddMinutes(5));
            store.Save(Run("c0", "c", 0));
            db.DeleteAutomationData("home", "c");
        }

        await using var reopened = AutomationStore.Open(path);
        var again = new AutomationTraceStore(reopened, options);

        Assert.Equal(["a3", "a2", "b0"], again.Query(new("home"), 100, null).Select(r => r.Id));
        Assert.Equal("updated", Assert.Single(again.ListRunning()).Reason);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
