using AiotHub.Automation.Automations.Persistence;

namespace AiotHub.Automation.Tests.Automations.Persistence;

/// <summary>Run traces are written behind, yet a restart always finds the trace of a run it must resume.</summary>
public sealed class AutomationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-runs-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task ATraceIsQueuedAndOnlyItsNewestStateIsWritten()
    {
        await using (var store = Open())
        {
            store.SaveRun("run-1", "home", "a", Started, "Running", """{"v":1}""");
            store.SaveRun("run-1", "home", "a", Started, "Succeeded", """{"v":2}""");
            Assert.Equal(0, Count("automation_runs"));
        }

        await using var reopened = Open();
        Assert.Equal(["""{"v":2}"""], reopened.LoadRuns());
    }

    [Fact]
    public async Task APendingRowIsWrittenTogetherWithTheQueuedTraceOfItsRun()
    {
        await using var store = Open();
        store.SaveRun("run-1", "home", "a", Started, "Running", """{"waiting":true}""");

        store.SavePending(new StoredAutomationPending("run-1", "home", "a", "delay", Started.AddMinutes(5), "{}"));

        // Written at once, without waiting for the batch: a kill -9 now still leaves both.
        Assert.Equal(1, Count("automation_runs"));
        Assert.Equal(1, Count("automation_pending"));
    }

    [Fact]
    public async Task DeletingRunsAlsoDropsTheirQueuedStates()
    {
        await using (var store = Open())
        {
            store.SaveRun("run-1", "home", "a", Started, "Running", "{}");
            store.SaveRun("run-2", "home", "b", Started, "Running", "{}");
            store.SaveRun("run-3", "home", "b", Started, "Running", "{}");
            store.DeleteRuns(["run-1"]);
            store.DeleteAutomationData("home", "b");
        }

        await using var reopened = Open();
        Assert.Empty(reopened.LoadRuns());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    // A flush interval no test reaches, so only the rules above write.
    private AutomationStore Open() => AutomationStore.Open(DatabasePath, new AutomationStoreOptions { WriteBehindInterval = TimeSpan.FromHours(1) });

    private long Count(string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
