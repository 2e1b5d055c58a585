using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Modes;

/// <summary>The "home-modes" table in hub.db (<see cref="ModuleSchema"/>): each home's mode, committed before a change returns.</summary>
public sealed class HomeModeStore : IDisposable
{
    public const string Module = "home-modes";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the table, as the registry's schema created it up to 2026-12 (its version 5) or new.
        ModuleSchema.Sql("CREATE TABLE IF NOT EXISTS home_modes(home_id TEXT PRIMARY KEY, mode TEXT NOT NULL, since INTEGER NOT NULL, source TEXT)"),
    ];

    private readonly ModuleConnection _connection;

    private HomeModeStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the table up to date.</summary>
    public static HomeModeStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public void Save(HomeModeState mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        _connection.Execute(
            """
            INSERT INTO home_modes(home_id, mode, since, source) VALUES($home, $mode, $since, $source)
            ON CONFLICT(home_id) DO UPDATE SET mode = excluded.mode, since = excluded.since, source = excluded.source
            """,
            ("$home", mode.HomeId), ("$mode", mode.Mode), ("$since", mode.Since.ToUnixTimeMilliseconds()), ("$source", mode.Source));
    }

    /// <summary>Every home's stored mode, as stored (the caller decides what it still knows).</summary>
    public IReadOnlyList<HomeModeState> Load() => _connection.Query(
        "SELECT home_id, mode, since, source FROM home_modes ORDER BY home_id",
        r => new HomeModeState(r.GetString(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.IsDBNull(3) ? null : r.GetString(3)));

    public void Dispose() => _connection.Dispose();
}
