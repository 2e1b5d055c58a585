using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// What automations keep besides their definitions: run traces, what runs wait for across a
/// restart, the states a "snapshot" action saved, and each home's mode. The bodies are JSON owned
/// by the automation layer; this part only keys, filters and deletes them.
/// Traces are written behind, like twin values: a run updates its trace several times within
/// milliseconds, and an fsync on the path from a sensor's report to the command it triggers would
/// cost more than everything else on it (docs/benchmarks.md, "Sensor to command"). The newest
/// state of each run is written with the next batch; a kill -9 loses at most that window of
/// traces. A run that starts to wait is the exception: its trace is written with its pending row,
/// in one transaction, so a restart always finds the trace of what it resumes.
/// </summary>
public sealed partial class DeviceStore
{
    private Dictionary<string, StoredAutomationRun> _automationRuns = new(StringComparer.Ordinal);

    /// <summary>Queues the run's newest state for the next batch (see the type's remarks).</summary>
    public void SaveAutomationRun(string runId, string homeId, string automationId, DateTimeOffset started, string result, string body)
    {
        lock (_pendingLock)
            _automationRuns[runId] = new StoredAutomationRun(runId, homeId, automationId, started, result, body);
    }

    private static void WriteAutomationRun(SqliteConnection connection, SqliteTransaction transaction, StoredAutomationRun run)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO automation_runs(id, home_id, automation_id, started, result, body) VALUES($id, $home, $automation, $started, $result, $body)
            ON CONFLICT(id) DO UPDATE SET result = excluded.result, body = excluded.body
            """;
        command.Parameters.AddWithValue("$id", run.Id);
        command.Parameters.AddWithValue("$home", run.HomeId);
        command.Parameters.AddWithValue("$automation", run.AutomationId);
        command.Parameters.AddWithValue("$started", DeviceStoreCommands.Ms(run.Started));
        command.Parameters.AddWithValue("$result", run.Result);
        command.Parameters.AddWithValue("$body", run.Body);
        command.ExecuteNonQuery();
    }

    private Dictionary<string, StoredAutomationRun> TakeQueuedAutomationRuns()
    {
        var runs = _automationRuns;
        _automationRuns = new(StringComparer.Ordinal);
        return runs;
    }

    public void DeleteAutomationRuns(IReadOnlyCollection<string> runIds)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        if (runIds.Count == 0)
            return;
        lock (_pendingLock)
        {
            foreach (var runId in runIds)
                _automationRuns.Remove(runId);
        }

        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM automation_runs WHERE id = $id";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            foreach (var runId in runIds)
            {
                id.Value = runId;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>Forgets an automation that was deleted: its runs, what it had pending and its snapshots.</summary>
    public void DeleteAutomationData(string homeId, string automationId)
    {
        lock (_pendingLock)
        {
            foreach (var run in _automationRuns.Values.Where(r => r.HomeId == homeId && r.AutomationId == automationId).ToList())
                _automationRuns.Remove(run.Id);
        }

        Execute(
        """
        DELETE FROM automation_runs WHERE home_id = $home AND automation_id = $automation;
        DELETE FROM automation_pending WHERE home_id = $home AND automation_id = $automation;
        DELETE FROM automation_snapshots WHERE home_id = $home AND automation_id = $automation;
        """,
        ("$home", homeId), ("$automation", automationId));
    }

    /// <summary>Every kept run, oldest first.</summary>
    public IReadOnlyList<string> LoadAutomationRuns()
    {
        Flush();
        return Query("SELECT body FROM automation_runs ORDER BY started, rowid");
    }

    /// <summary>Writes the pending row at once, with the queued trace of the run it belongs to (a run's pending row has the run's id).</summary>
    public void SaveAutomationPending(StoredAutomationPending pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            StoredAutomationRun? trace;
            lock (_pendingLock)
                _automationRuns.Remove(pending.Id, out trace);
            using var transaction = _connection.BeginTransaction();
            if (trace is not null)
                WriteAutomationRun(_connection, transaction, trace);
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO automation_pending(id, home_id, automation_id, kind, due, body) VALUES($id, $home, $automation, $kind, $due, $body)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, due = excluded.due, body = excluded.body
                """;
            command.Parameters.AddWithValue("$id", pending.Id);
            command.Parameters.AddWithValue("$home", pending.HomeId);
            command.Parameters.AddWithValue("$automation", pending.AutomationId);
            command.Parameters.AddWithValue("$kind", pending.Kind);
            command.Parameters.AddWithValue("$due", pending.Due is { } due ? DeviceStoreCommands.Ms(due) : DBNull.Value);
            command.Parameters.AddWithValue("$body", pending.Body);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public void DeleteAutomationPending(string id) => Execute("DELETE FROM automation_pending WHERE id = $id", ("$id", id));

    public IReadOnlyList<StoredAutomationPending> LoadAutomationPending() => QueryRows(
        "SELECT id, home_id, automation_id, kind, due, body FROM automation_pending ORDER BY rowid",
        r => new StoredAutomationPending(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)), r.GetString(5)));

    public void SaveAutomationSnapshot(string homeId, string automationId, string name, string body) => Execute(
        """
        INSERT INTO automation_snapshots(home_id, automation_id, name, body) VALUES($home, $automation, $name, $body)
        ON CONFLICT(home_id, automation_id, name) DO UPDATE SET body = excluded.body
        """,
        ("$home", homeId), ("$automation", automationId), ("$name", name), ("$body", body));

    /// <summary>The home's snapshot of that name, the automation's own first (snapshots are shared by a home's automations).</summary>
    public string? LoadAutomationSnapshot(string homeId, string automationId, string name) => QueryRows(
        "SELECT body FROM automation_snapshots WHERE home_id = $home AND name = $name ORDER BY automation_id = $automation DESC, rowid DESC LIMIT 1",
        r => r.GetString(0), ("$home", homeId), ("$automation", automationId), ("$name", name)).FirstOrDefault();

    public void SaveHomeMode(StoredHomeMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        Execute(
            """
            INSERT INTO home_modes(home_id, mode, since, source) VALUES($home, $mode, $since, $source)
            ON CONFLICT(home_id) DO UPDATE SET mode = excluded.mode, since = excluded.since, source = excluded.source
            """,
            ("$home", mode.HomeId), ("$mode", mode.Mode), ("$since", DeviceStoreCommands.Ms(mode.Since)), ("$source", mode.Source));
    }

    public IReadOnlyList<StoredHomeMode> LoadHomeModes() => QueryRows(
        "SELECT home_id, mode, since, source FROM home_modes ORDER BY home_id",
        r => new StoredHomeMode(r.GetString(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.IsDBNull(3) ? null : r.GetString(3)));

    private List<T> QueryRows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
                rows.Add(read(reader));
            return rows;
        }
    }
}
