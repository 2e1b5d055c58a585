using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Automations.Persistence;

/// <summary>
/// The "automations" tables in hub.db (<see cref="ModuleSchema"/>): definitions, run traces, what runs wait for across a
/// restart, and the states "snapshot" actions saved. The bodies are JSON owned by the automation layer; this store only
/// keys, filters and deletes them. Definitions, pending rows and snapshots are committed before a call returns; run
/// traces are written behind (<see cref="SaveRun"/>), one transaction per batch, by a <see cref="WriteBehindLoop"/> —
/// every interval, and at once for whoever waits in <see cref="WhenDurableAsync"/>.
/// </summary>
public sealed partial class AutomationStore : IAsyncDisposable
{
    public const string Module = "automations";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the tables, as the registry's schema created them up to 2026-12 (its version 5) or new.
        ModuleSchema.Sql("""
            CREATE TABLE IF NOT EXISTS automations(home_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(home_id, id));
            CREATE TABLE IF NOT EXISTS automation_runs(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, automation_id TEXT NOT NULL, started INTEGER NOT NULL,
                result TEXT NOT NULL, body TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS automation_runs_automation ON automation_runs(home_id, automation_id, started);
            CREATE INDEX IF NOT EXISTS automation_runs_home ON automation_runs(home_id, started);
            CREATE TABLE IF NOT EXISTS automation_pending(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, automation_id TEXT NOT NULL, kind TEXT NOT NULL,
                due INTEGER, body TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS automation_snapshots(
                home_id TEXT NOT NULL, automation_id TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
                PRIMARY KEY(home_id, automation_id, name));
            """),
    ];

    private readonly ModuleConnection _connection;
    private readonly WriteBehindLoop _writeLoop;
    private int _disposing;

    private AutomationStore(ModuleConnection connection, AutomationStoreOptions options)
    {
        _connection = connection;
        _writeLoop = new WriteBehindLoop(Flush, options.WriteBehindInterval, options.TimeProvider, options.OnError, "AiotHub automation traces writer");
    }

    /// <summary>Opens hub.db at <paramref name="path"/>, brings the tables up to date and starts the write-behind loop.</summary>
    public static AutomationStore Open(string path, AutomationStoreOptions? options = null)
    {
        options ??= new AutomationStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.WriteBehindInterval, TimeSpan.Zero, nameof(options));
        return new AutomationStore(ModuleConnection.Open(path, Module, Migrations), options);
    }

    public void SaveAutomation(string homeId, string automationId, string body) =>
        SaveAutomations([(homeId, automationId, body)]);

    /// <summary>Inserts or replaces the definitions in one transaction: all are written or none (an import).</summary>
    public void SaveAutomations(IReadOnlyList<(string HomeId, string Id, string Body)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _connection.InTransaction(rows, static (command, rows) =>
        {
            command.CommandText =
                "INSERT INTO automations(home_id, id, body) VALUES($home, $id, $body) ON CONFLICT(home_id, id) DO UPDATE SET body = excluded.body";
            var home = command.Parameters.Add("$home", SqliteType.Text);
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var body = command.Parameters.Add("$body", SqliteType.Text);
            foreach (var row in rows)
            {
                (home.Value, id.Value, body.Value) = (row.HomeId, row.Id, row.Body);
                command.ExecuteNonQuery();
            }
        });
    }

    /// <summary>Deletes the automation's definition; its runs, pending work and snapshots are the engine's to forget (<see cref="DeleteAutomationData"/>).</summary>
    public void DeleteAutomation(string homeId, string automationId) => _connection.Execute(
        "DELETE FROM automations WHERE home_id = $home AND id = $id",
        ("$home", homeId), ("$id", automationId));

    /// <summary>
    /// Every stored definition row, ordered by home and id. A body is returned as stored, even when it is not JSON, so
    /// the catalog can list it as unavailable instead of losing it.
    /// </summary>
    public IReadOnlyList<(string HomeId, string Id, string Body)> LoadAutomations() => _connection.Query(
        "SELECT home_id, id, body FROM automations ORDER BY home_id, id",
        r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    public void SaveSnapshot(string homeId, string automationId, string name, string body) => _connection.Execute(
        """
        INSERT INTO automation_snapshots(home_id, automation_id, name, body) VALUES($home, $automation, $name, $body)
        ON CONFLICT(home_id, automation_id, name) DO UPDATE SET body = excluded.body
        """,
        ("$home", homeId), ("$automation", automationId), ("$name", name), ("$body", body));

    /// <summary>The home's snapshot of that name, the automation's own first (snapshots are shared by a home's automations).</summary>
    public string? LoadSnapshot(string homeId, string automationId, string name) => _connection.Query(
        "SELECT body FROM automation_snapshots WHERE home_id = $home AND name = $name ORDER BY automation_id = $automation DESC, rowid DESC LIMIT 1",
        r => r.GetString(0), ("$home", homeId), ("$automation", automationId), ("$name", name)).FirstOrDefault();

    /// <summary>Completes once every run trace queued before the call is in the file (a flush that started after it committed).</summary>
    public Task WhenDurableAsync() => _writeLoop.WhenDurableAsync();

    /// <summary>Stops the loop, writes what is queued and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposing, 1) != 0)
            return;
        try
        {
            // Its final flush writes what is still queued.
            await _writeLoop.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_writeLock)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }
}
