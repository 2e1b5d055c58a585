namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// Automation definitions: rare writes, committed at once like the scene rows. The bodies are JSON
/// owned by the automation layer; this part only keys them. A body is returned as stored, even when
/// it is not JSON, so the catalog can list it as unavailable instead of losing it.
/// </summary>
public sealed partial class DeviceStore
{
    public void SaveAutomation(string homeId, string automationId, string body) =>
        SaveAutomations([(homeId, automationId, body)]);

    /// <summary>Inserts or replaces the rows in one transaction: all are written or none (an import).</summary>
    public void SaveAutomations(IReadOnlyList<(string HomeId, string Id, string Body)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            foreach (var (homeId, id, body) in rows)
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText =
                    "INSERT INTO automations(home_id, id, body) VALUES($home, $id, $body) ON CONFLICT(home_id, id) DO UPDATE SET body = excluded.body";
                command.Parameters.AddWithValue("$home", homeId);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$body", body);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>Deletes the automation's definition; its runs, pending work and snapshots are the engine's to forget.</summary>
    public void DeleteAutomation(string homeId, string automationId) => Execute(
        "DELETE FROM automations WHERE home_id = $home AND id = $id",
        ("$home", homeId), ("$id", automationId));

    /// <summary>Every stored definition row, ordered by home and id.</summary>
    public IReadOnlyList<(string HomeId, string Id, string Body)> LoadAutomations()
    {
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT home_id, id, body FROM automations ORDER BY home_id, id";
            using var reader = command.ExecuteReader();
            var rows = new List<(string, string, string)>();
            while (reader.Read())
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            return rows;
        }
    }
}
