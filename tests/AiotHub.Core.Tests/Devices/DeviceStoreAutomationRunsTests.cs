using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Core.Tests.Devices;

/// <summary>Run traces are written behind, yet a restart always finds the trace of a run it must resume.</summary>
public sealed class DeviceStoreAutomationRunsTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-runs-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task ATraceIsQueuedAndOnlyItsNewestStateIsWritten()
    {
        await using (var store = Open())
        {
            store.SaveAutomationRun("run-1", "home", "a", Started, "Running", """{"v":1}""");
            store.SaveAutomationRun("run-1", "home", "a", Started, "Succeeded", """{"v":2}""");
            Assert.Equal(0, Count("automation_runs"));
        }

        await using var reopened = Open();
        Assert.Equal(["""{"v":2}"""], reopened.LoadAutomationRuns());
    }

    [Fact]
    public async Task APendingRowIsWrittenTogetherWithTheQueuedTraceOfItsRun()
    {
        await using var store = Open();
        store.SaveAutomationRun("run-1", "home", "a", Started, "Running", """{"waiting":true}""");

        store.SaveAutomationPending(new StoredAutomationPending("run-1", "home", "a", "delay", Started.AddMinutes(5), "{}"));

        // Written at once, without waiting for the batch: a kill -9 now still leaves both.
        Assert.Equal(1, Count("automation_runs"));
        Assert.Equal(1, Count("automation_pending"));
    }

    [Fact]
    public async Task DeletingRunsAlsoDropsTheirQueuedStates()
    {
        await using (var store = Open())
        {
            store.SaveAutomationRun("run-1", "home", "a", Started, "Running", "{}");
            store.SaveAutomationRun("run-2", "home", "b", Started, "Running", "{}");
            store.SaveAutomationRun("run-3", "home", "b", Started, "Running", "{}");
            store.DeleteAutomationRuns(["run-1"]);
            store.DeleteAutomationData("home", "b");
        }

        await using var reopened = Open();
        Assert.Empty(reopened.LoadAutomationRuns());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    // A flush interval no test reaches, so only the rules above write.
    private DeviceStore Open() => DeviceStore.Open(DatabasePath, new DeviceStoreOptions { FlushInterval = TimeSpan.FromHours(1) });

    private long Count(string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
