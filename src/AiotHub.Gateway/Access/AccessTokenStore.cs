using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Access;

/// <summary>
/// The "access-tokens" table in hub.db (<see cref="ModuleSchema"/>): one row per API token, never the secret, only
/// its SHA-256. Tokens change rarely, so each write is committed before it returns.
/// </summary>
internal sealed class AccessTokenStore : IDisposable
{
    public const string Module = "access-tokens";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the table, as the registry's schema left it up to 2026-12 (its versions 2 and 3) or new. A file from
        // before has it, maybe without the version column (a file at the registry's version 2): adopted as it is.
        command =>
        {
            ModuleSchema.Execute(command, """
                CREATE TABLE IF NOT EXISTS access_tokens(
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, hash BLOB NOT NULL UNIQUE, grants TEXT NOT NULL,
                    created INTEGER NOT NULL, expires INTEGER, last_used INTEGER, revoked INTEGER,
                    version INTEGER NOT NULL DEFAULT 1)
                """);
            ModuleSchema.AddColumnIfMissing(command, "access_tokens", "version", "INTEGER NOT NULL DEFAULT 1");
        },
    ];

    private readonly ModuleConnection _connection;

    private AccessTokenStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the table up to date.</summary>
    public static AccessTokenStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public void Save(StoredToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        _connection.Execute(
            """
            INSERT INTO access_tokens(id, name, hash, grants, created, expires, last_used, revoked, version)
            VALUES($id, $name, $hash, $grants, $created, $expires, $used, $revoked, $version)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, grants = excluded.grants, expires = excluded.expires,
                last_used = excluded.last_used, revoked = excluded.revoked, version = excluded.version
            """,
            ("$id", token.Id), ("$name", token.Name), ("$hash", token.Hash), ("$grants", token.GrantsJson),
            ("$created", ModuleConnection.Ms(token.Created)), ("$expires", ModuleConnection.Ms(token.Expires)),
            ("$used", ModuleConnection.Ms(token.LastUsed)), ("$revoked", ModuleConnection.Ms(token.Revoked)),
            ("$version", token.Version));
    }

    /// <summary>Every token, oldest first.</summary>
    public IReadOnlyList<StoredToken> Load() => _connection.Query(
        "SELECT id, name, hash, grants, created, expires, last_used, revoked, version FROM access_tokens ORDER BY created, id",
        r => new StoredToken(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2), r.GetString(3), ModuleConnection.Time(r, 4)!.Value,
            ModuleConnection.Time(r, 5), ModuleConnection.Time(r, 6), ModuleConnection.Time(r, 7), r.GetInt64(8)));

    public void Dispose() => _connection.Dispose();
}
