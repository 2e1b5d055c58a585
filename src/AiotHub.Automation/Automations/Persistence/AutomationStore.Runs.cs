using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Automations.Persistence;

/// <summary>
/// Run traces and pending rows. Traces are written behind: a run updates its trace several times within milliseconds,
/// and an fsync on the path from a sensor's report to the command it triggers would cost more than everything else on
/// it (docs/benchmarks.md, "Sensor to command"). The newest state of each run waits in memory and is written with the
/// next batch, one transaction per batch; a kill -9 loses at most that window of traces. A run that starts to wait is
/// the exception: its trace is written with its pending row, in one transaction, before <see cref="SavePending"/>
/// returns, so a restart always finds the trace of what it resumes.
/// </summary>
public sealed partial class AutomationStore
{
    // Held while a batch is taken from the queue and written (or put back), while a pending row is written with its
    // run's trace, and while runs are deleted: what left the queue is in the file, or back in the queue, before anyone
    // else touches those runs. Order: _writeLock, then the connection's lock, then _queueLock.
    private readonly Lock _writeLock = new();
    private readonly Lock _queueLock = new();

    // Two maps swapped at each batch, so queueing and writing allocate no map.
    private Dictionary<string, QueuedAutomationRun> _queued = new(StringComparer.Ordinal);
    private Dictionary<string, QueuedAutomationRun> _writing = new(StringComparer.Ordinal);
    private long _batches;
    private bool _disposed;

    /// <summary>Batches of traces written so far (diagnostics and tests).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Queues the run's newest state for the next batch (see the type's remarks).</summary>
    public void SaveRun(string runId, string homeId, string automationId, DateTimeOffset started, string result, string body)
    {
        lock (_queueLock)
            _queued[runId] = new QueuedAutomationRun(homeId, automationId, started, result, body);
    }

    /// <summary>Writes every queued trace in one transaction; on failure they stay queued under anything newer.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            if (_disposed)
                return;
            lock (_queueLock)
            {
                if (_queued.Count == 0)
                    return;
                (_queued, _writing) = (_writing, _queued);
            }

            try
            {
                _connection.InTransaction(_writing, static (command, runs) =>
                {
                    var run = RunCommand(command);
                    foreach (var (id, queued) in runs)
                        WriteRun(run, id, queued);
                });
                Interlocked.Increment(ref _batches);
            }
            catch
            {
                lock (_queueLock)
                {
                    foreach (var (id, queued) in _writing)
                        _queued.TryAdd(id, queued);
                }

                throw;
            }
            finally
            {
                _writing.Clear();
            }
        }
    }

    public void DeleteRuns(IReadOnlyCollection<string> runIds)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        if (runIds.Count == 0)
            return;
        lock (_writeLock)
        {
            lock (_queueLock)
            {
                foreach (var runId in runIds)
                    _queued.Remove(runId);
            }

            _connection.InTransaction(runIds, static (command, runIds) =>
            {
                command.CommandText = "DELETE FROM automation_runs WHERE id = $id";
                var id = command.Parameters.Add("$id", SqliteType.Text);
                foreach (var runId in runIds)
                {
                    id.Value = runId;
                    command.ExecuteNonQuery();
                }
            });
        }
    }

    /// <summary>Forgets an automation that was deleted: its runs (queued ones too), what it had pending and its snapshots.</summary>
    public void DeleteAutomationData(string homeId, string automationId)
    {
        lock (_writeLock)
        {
            lock (_queueLock)
            {
                foreach (var (id, _) in _queued.Where(r => r.Value.HomeId == homeId && r.Value.AutomationId == automationId).ToList())
                    _queued.Remove(id);
            }

            _connection.Execute(
                """
                DELETE FROM automation_runs WHERE home_id = $home AND automation_id = $automation;
                DELETE FROM automation_pending WHERE home_id = $home AND automation_id = $automation;
                DELETE FROM automation_snapshots WHERE home_id = $home AND automation_id = $automation;
                """,
                ("$home", homeId), ("$automation", automationId));
        }
    }

    /// <summary>Every kept run's body, oldest first (what is queued is written first).</summary>
    public IReadOnlyList<string> LoadRuns()
    {
        Flush();
        return _connection.Query("SELECT body FROM automation_runs ORDER BY started, rowid", r => r.GetString(0));
    }

    /// <summary>
    /// Writes the pending row at once, with the queued trace of the run it belongs to (a run's pending row has the run's
    /// id), in one transaction: when this returns, both survive a kill -9.
    /// </summary>
    public void SavePending(StoredAutomationPending pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            bool traced;
            QueuedAutomationRun trace;
            lock (_queueLock)
                traced = _queued.Remove(pending.Id, out trace);
            try
            {
                _connection.InTransaction((pending, traced, trace), static (command, state) =>
                {
                    if (state.traced)
                        WriteRun(RunCommand(command), state.pending.Id, state.trace);
                    command.Parameters.Clear();
                    command.CommandText = """
                        INSERT INTO automation_pending(id, home_id, automation_id, kind, due, body) VALUES($id, $home, $automation, $kind, $due, $body)
                        ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, due = excluded.due, body = excluded.body
                        """;
                    var row = state.pending;
                    command.Parameters.AddWithValue("$id", row.Id);
                    command.Parameters.AddWithValue("$home", row.HomeId);
                    command.Parameters.AddWithValue("$automation", row.AutomationId);
                    command.Parameters.AddWithValue("$kind", row.Kind);
                    command.Parameters.AddWithValue("$due", ModuleConnection.Ms(row.Due) ?? DBNull.Value);
                    command.Parameters.AddWithValue("$body", row.Body);
                    command.ExecuteNonQuery();
                });
            }
            catch
            {
                if (traced)
                {
                    lock (_queueLock)
                        _queued.TryAdd(pending.Id, trace);
                }

                throw;
            }
        }
    }

    public void DeletePending(string id) => _connection.Execute("DELETE FROM automation_pending WHERE id = $id", ("$id", id));

    /// <summary>Every pending row, in the order written.</summary>
    public IReadOnlyList<StoredAutomationPending> LoadPending() => _connection.Query(
        "SELECT id, home_id, automation_id, kind, due, body FROM automation_pending ORDER BY rowid",
        r => new StoredAutomationPending(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ModuleConnection.Time(r, 4), r.GetString(5)));

    // The trace upsert on a command of the caller's transaction; its parameters are set per run by WriteRun.
    private static SqliteCommand RunCommand(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.CommandText = """
            INSERT INTO automation_runs(id, home_id, automation_id, started, result, body) VALUES($id, $home, $automation, $started, $result, $body)
            ON CONFLICT(id) DO UPDATE SET result = excluded.result, body = excluded.body
            """;
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$home", SqliteType.Text);
        command.Parameters.Add("$automation", SqliteType.Text);
        command.Parameters.Add("$started", SqliteType.Integer);
        command.Parameters.Add("$result", SqliteType.Text);
        command.Parameters.Add("$body", SqliteType.Text);
        return command;
    }

    private static void WriteRun(SqliteCommand command, string id, in QueuedAutomationRun run)
    {
        var parameters = command.Parameters;
        parameters[0].Value = id;
        parameters[1].Value = run.HomeId;
        parameters[2].Value = run.AutomationId;
        parameters[3].Value = run.Started.ToUnixTimeMilliseconds();
        parameters[4].Value = run.Result;
        parameters[5].Value = run.Body;
        command.ExecuteNonQuery();
    }
}
