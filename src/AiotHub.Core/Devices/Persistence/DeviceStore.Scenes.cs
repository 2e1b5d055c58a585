namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// Scenes and scene runs: rare writes, committed at once like the registry rows. The bodies are
/// JSON owned by the scene layer; this part only keys, orders and prunes them.
/// </summary>
public sealed partial class DeviceStore
{
    public void SaveScene(string homeId, string sceneId, string body) => Execute(
        "INSERT INTO scenes(home_id, id, body) VALUES($home, $id, $body) ON CONFLICT(home_id, id) DO UPDATE SET body = excluded.body",
        ("$home", homeId), ("$id", sceneId), ("$body", body));

    /// <summary>Deletes the scene and its runs.</summary>
    public void DeleteScene(string homeId, string sceneId) => Execute(
        "DELETE FROM scenes WHERE home_id = $home AND id = $id; DELETE FROM scene_runs WHERE home_id = $home AND scene_id = $id",
        ("$home", homeId), ("$id", sceneId));

    public IReadOnlyList<string> LoadScenes() => Query("SELECT body FROM scenes ORDER BY home_id, id");

    /// <summary>Inserts or replaces a run, then keeps only the newest <paramref name="keep"/> runs of its scene.</summary>
    public void SaveSceneRun(string runId, string homeId, string sceneId, DateTimeOffset started, string body, int keep) => Execute(
        """
        INSERT INTO scene_runs(id, home_id, scene_id, started, body) VALUES($id, $home, $scene, $started, $body)
        ON CONFLICT(id) DO UPDATE SET body = excluded.body;
        DELETE FROM scene_runs WHERE home_id = $home AND scene_id = $scene AND id NOT IN (
            SELECT id FROM scene_runs WHERE home_id = $home AND scene_id = $scene ORDER BY started DESC, rowid DESC LIMIT $keep);
        """,
        ("$id", runId), ("$home", homeId), ("$scene", sceneId), ("$started", DeviceStoreCommands.Ms(started)), ("$body", body), ("$keep", keep));

    /// <summary>Every kept run, oldest first.</summary>
    public IReadOnlyList<string> LoadSceneRuns() => Query("SELECT body FROM scene_runs ORDER BY started, rowid");

    private List<string> Query(string sql)
    {
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(reader.GetString(0));
            return rows;
        }
    }
}
