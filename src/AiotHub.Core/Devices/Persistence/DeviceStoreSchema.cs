using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// Creates and migrates the schema. schema_version holds the one version the file is at; each
/// migration moves it up by one inside a transaction. A file from a newer hub is refused.
/// </summary>
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

        // 2: API access tokens. Only the SHA-256 of a secret is kept; grants are a JSON array of {homeId, role, scenes}.
        """
        CREATE TABLE access_tokens(
            id TEXT PRIMARY KEY, name TEXT NOT NULL, hash BLOB NOT NULL UNIQUE, grants TEXT NOT NULL,
            created INTEGER NOT NULL, expires INTEGER, last_used INTEGER, revoked INTEGER);
        """,

        // 3: versions for the API's ETags (docs/api.md "Versions and ETags"); rows from before start at 1.
        """
        ALTER TABLE devices ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE rooms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE access_tokens ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        """,

        // 4: scenes and their runs, each row's body the JSON the scene layer reads back (Scenes/SceneJson).
        """
        CREATE TABLE scenes(home_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(home_id, id));
        CREATE TABLE scene_runs(
            id TEXT PRIMARY KEY, home_id TEXT NOT NULL, scene_id TEXT NOT NULL, started INTEGER NOT NULL, body TEXT NOT NULL);
        CREATE INDEX scene_runs_scene ON scene_runs(home_id, scene_id, started);
        """,

        // 5: automations (docs/automations.md): definitions, run traces, what is pending across a restart (delays,
        // waits, "for" timers, queued runs), the home mode and the states an automation saved to restore later.
        """
        CREATE TABLE automations(home_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(home_id, id));
        CREATE TABLE automation_runs(
            id TEXT PRIMARY KEY, home_id TEXT NOT NULL, automation_id TEXT NOT NULL, started INTEGER NOT NULL,
            result TEXT NOT NULL, body TEXT NOT NULL);
        CREATE INDEX automation_runs_automation ON automation_runs(home_id, automation_id, started);
        CREATE INDEX automation_runs_home ON automation_runs(home_id, started);
        CREATE TABLE automation_pending(
            id TEXT PRIMARY KEY, home_id TEXT NOT NULL, automation_id TEXT NOT NULL, kind TEXT NOT NULL,
            due INTEGER, body TEXT NOT NULL);
        CREATE TABLE automation_snapshots(
            home_id TEXT NOT NULL, automation_id TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
            PRIMARY KEY(home_id, automation_id, name));
        CREATE TABLE home_modes(home_id TEXT PRIMARY KEY, mode TEXT NOT NULL, since INTEGER NOT NULL, source TEXT);
        """,

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
