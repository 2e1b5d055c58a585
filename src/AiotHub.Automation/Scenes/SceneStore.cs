using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// The "scenes" tables in hub.db (<see cref="ModuleSchema"/>): scenes and their runs. Rare writes, each committed
/// before it returns. The bodies are the scene layer's JSON (<see cref="SceneJson"/>); this store only keys, orders
/// and prunes them.
/// </summary>
public sealed class SceneStore : IDisposable
{
    public const string Module = "scenes";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the tables, as the registry's schema created them up to 2026-12 (its version 4) or new.
        ModuleSchema.Sql("""
            CREATE TABLE IF NOT EXISTS scenes(home_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(home_id, id));
            CREATE TABLE IF NOT EXISTS scene_runs(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, scene_id TEXT NOT NULL, started INTEGER NOT NULL, body TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS scene_runs_scene ON scene_runs(home_id, scene_id, started);
            """),
    ];

    private readonly ModuleConnection _connection;

    private SceneStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the tables up to date.</summary>
    public static SceneStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public void SaveScene(string homeId, string sceneId, string body) => _connection.Execute(
        "INSERT INTO scenes(home_id, id, body) VALUES($home, $id, $body) ON CONFLICT(home_id, id) DO UPDATE SET body = excluded.body",
        ("$home", homeId), ("$id", sceneId), ("$body", body));

    /// <summary>Deletes the scene and its runs.</summary>
    public void DeleteScene(string homeId, string sceneId) => _connection.Execute(
        "DELETE FROM scenes WHERE home_id = $home AND id = $id; DELETE FROM scene_runs WHERE home_id = $home AND scene_id = $id",
        ("$home", homeId), ("$id", sceneId));

    /// <summary>Every scene's body, by home and id.</summary>
    public IReadOnlyList<string> LoadScenes() => _connection.Query("SELECT body FROM scenes ORDER BY home_id, id", r => r.GetString(0));

    /// <summary>Inserts or replaces a run, then keeps only the newest <paramref name="keep"/> runs of its scene.</summary>
    public void SaveRun(string runId, string homeId, string sceneId, DateTimeOffset started, string body, int keep) => _connection.Execute(
        """
        INSERT INTO scene_runs(id, home_id, scene_id, started, body) VALUES($id, $home, $scene, $started, $body)
        ON CONFLICT(id) DO UPDATE SET body = excluded.body;
        DELETE FROM scene_runs WHERE home_id = $home AND scene_id = $scene AND id NOT IN (
            SELECT id FROM scene_runs WHERE home_id = $home AND scene_id = $scene ORDER BY started DESC, rowid DESC LIMIT $keep);
        """,
        ("$id", runId), ("$home", homeId), ("$scene", sceneId), ("$started", started.ToUnixTimeMilliseconds()), ("$body", body), ("$keep", keep));

    /// <summary>Every kept run's body, oldest first.</summary>
    public IReadOnlyList<string> LoadRuns() => _connection.Query("SELECT body FROM scene_runs ORDER BY started, rowid", r => r.GetString(0));

    public void Dispose() => _connection.Dispose();
}
