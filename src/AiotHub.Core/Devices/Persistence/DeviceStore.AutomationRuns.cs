using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// What automations keep besides their definitions: run traces, what runs wait for across a
/// restart, the states a "snapshot" action saved, and each home's mode. Written at once; the
/// bodies are JSON owned by the automation layer, this part only keys, filters and deletes them.
/// </summary>
public sealed partial class DeviceStore
{
    public void SaveAutomationRun(string runId, string homeId, string automationId, DateTimeOffset started, string result, string body) => Execute(
        """
        INSERT INTO automation_runs(id, home_id, automation_id, started, result, body) VALUES($id, $home, $automation, $started, $result, $body)
        ON CONFLICT(id) DO UPDATE SET result = excluded.result, body = excluded.body
        """,
        ("$id", runId), ("$home", homeId), ("$automation", automationId), ("$started", DeviceStoreCommands.Ms(started)), ("$result", result), ("$body", body));

    public void DeleteAutomationRuns(IReadOnlyCollection<string> runIds)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        if (runIds.Count == 0)
            return;
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
    public void DeleteAutomationData(string homeId, string automationId) => Execute(
        """
        DELETE FROM automation_runs WHERE home_id = $home AND automation_id = $automation;
        DELETE FROM automation_pending WHERE home_id = $home AND automation_id = $automation;
        DELETE FROM automation_snapshots WHERE home_id = $home AND automation_id = $automation;
        """,
        ("$home", homeId), ("$automation", automationId));

    /// <summary>Every kept run, oldest first.</summary>
    public IReadOnlyList<string> LoadAutomationRuns() => Query("SELECT body FROM automation_runs ORDER BY started, rowid");

    public void SaveAutomationPending(StoredAutomationPending pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        Execute(
            """
            INSERT INTO automation_pending(id, home_id, automation_id, kind, due, body) VALUES($id, $home, $automation, $kind, $due, $body)
            ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, due = excluded.due, body = excluded.body
            """,
            ("$id", pending.Id), ("$home", pending.HomeId), ("$automation", pending.AutomationId), ("$kind", pending.Kind),
            ("$due", pending.Due is { } due ? DeviceStoreCommands.Ms(due) : null), ("$body", pending.Body));
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
