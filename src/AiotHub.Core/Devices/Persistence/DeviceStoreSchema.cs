using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// Creates and migrates the registry's tables. schema_version holds the one version the file is at; each
/// migration moves it up by one inside a transaction. A file from a newer hub is refused.
/// </summary>
/// <remarks>
/// Until 2026-12 this schema also created other modules' tables (versions 2, 4 and 5, and a column in 3). Those
/// versions now change nothing here: each module creates its own tables through <see cref="AiotHub.Core.Persistence.ModuleSchema"/>,
/// adopting them where a file made before has them. The numbering stays, so a file from either side of the move
/// opens in both (docs/gateway.md "Who owns which tables").
/// </remarks>
internal static class DeviceStoreSchema
{
    public const int CurrentVersion = 6;

    private static readonly string[] Migrations =
    [
        // 1: registry, twin, availability, commands. Times are Unix milliseconds, values raw JSON.
        """
        CREATE TABLE homes(id TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE rooms(id TEXT PRIMARY KEY, home_id TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE devices(
            id TEXT PRIMARY KEY, home_id TEXT NOT NULL, room_id TEXT, model TEXT NOT NULL, profile_version INTEGER,
            name TEXT NOT NULL, firmware TEXT, first_seen INTEGER NOT NULL);
        CREATE TABLE device_aliases(device_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(device_id, alias));
        CREATE TABLE availability(
            device_id TEXT PRIMARY KEY, state INTEGER NOT NULL, reason TEXT, since INTEGER, last_seen INTEGER,
            last_report INTEGER, uses_iids INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE twin(
            device_id TEXT NOT NULL, key TEXT NOT NULL, reported TEXT, reported_at INTEGER, desired TEXT, desired_at INTEGER,
            PRIMARY KEY(device_id, key));
        CREATE TABLE commands(
            id TEXT PRIMARY KEY, device_id TEXT NOT NULL, kind INTEGER NOT NULL, payload TEXT NOT NULL, status INTEGER NOT NULL,
            code INTEGER, message TEXT, out TEXT, created INTEGER NOT NULL, sent INTEGER, completed INTEGER);
        CREATE INDEX commands_created ON commands(created);
        """,

        // 2: (API access tokens until 2026-12; the table is its module's now.)
        "",

        // 3: versions for the API's ETags (docs/api.md "Versions and ETags"); rows from before start at 1.
        """
        ALTER TABLE devices ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE rooms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        """,

        // 4 and 5: (scenes and automations until 2026-12; their tables are their modules' now.)
        "",
        "",

        // 6: removing things and pending devices (docs/api.md "Removing a device", "Pending devices"). accepted: approved or
        // placed in a room once (devices in a room before this version were); pending_*: a re-announced model or pinned
        // version held until approved; removed_devices: removed devices whose history was kept, so it stays queryable.
        """
        ALTER TABLE devices ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0;
        UPDATE devices SET accepted = 1 WHERE room_id IS NOT NULL;
        ALTER TABLE devices ADD COLUMN pending_model TEXT;
        ALTER TABLE devices ADD COLUMN pending_profile_version INTEGER;
        ALTER TABLE devices ADD COLUMN pending_firmware TEXT;
        ALTER TABLE devices ADD COLUMN pending_reason TEXT;
        ALTER TABLE devices ADD COLUMN pending_since INTEGER;
        CREATE TABLE removed_devices(
            id TEXT PRIMARY KEY, home_id TEXT NOT NULL, model TEXT NOT NULL, profile_version INTEGER, name TEXT NOT NULL,
            removed INTEGER NOT NULL);
        """,
    ];

    public static void Apply(SqliteConnection connection)
    {
        Run(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        Run(connection, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
        var version = Version(connection);
        if (version > CurrentVersion)
            throw new InvalidOperationException($"the device database is at schema version {version}; this hub knows up to {CurrentVersion}");

        for (; version < CurrentVersion; version++)
        {
            using var transaction = connection.BeginTransaction();
            if (Migrations[version].Length > 0)
                Run(connection, Migrations[version], transaction);
            Run(connection, $"DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES({version + 1})", transaction);
            transaction.Commit();
        }
    }

    private static int Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        return command.ExecuteScalar() is long version ? (int)version : 0;
    }

    private static void Run(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
