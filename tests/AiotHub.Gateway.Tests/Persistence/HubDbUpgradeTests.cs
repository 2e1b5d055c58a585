using System.Text;
using AiotHub.Automation.Automations.Persistence;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Access;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Tests.Persistence;

/// <summary>
/// A hub.db written by the hub before each module owned its tables (the registry's schema at version 6 created tokens,
/// scenes and automations too) opens on this hub with everything in it, and a second open changes nothing. The old
/// file is made here from the old CREATE TABLE statements, verbatim, and rows as that hub wrote them.
/// </summary>
public sealed class HubDbUpgradeTests : IDisposable
{
    private const string Secret = "aiot_an-owner-token-made-before-the-move";
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-upgrade-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task AHubDbFromBeforeTheModulesOwnedTheirTablesOpensWithEveryTokenSceneAutomationRunAndModeIntact()
    {
        WriteOldHubDb();

        await using (var hub = Open())
        {
            var registry = new DeviceRegistry(new ProfileCatalog(), hub.Devices, _clock);
            Assert.Equal("Cabin", Assert.Single(registry.ListHomes(), h => h.Id == "cabin").Name);

            var tokens = new AccessTokens(hub.Tokens, _clock);
            var owner = tokens.Authenticate(Secret);
            Assert.NotNull(owner);
            Assert.Equal(("phone", 3L, AccessRole.Owner), (owner.Name, owner.Version, owner.RoleIn("cabin")));
            Assert.NotNull(tokens.Get("cabin", "tok-revoked")!.Revoked);
            Assert.Null(tokens.Authenticate("aiot_the-revoked-one"));

            Assert.Equal(["""{"id":"evening","homeId":"cabin","name":"Evening"}"""], hub.Scenes.LoadScenes());
            Assert.Equal(["""{"id":"srun-1","sceneId":"evening"}"""], hub.Scenes.LoadRuns());

            Assert.Equal([("cabin", "porch", """{"id":"porch","enabled":true}""")], hub.Automations.LoadAutomations());
            Assert.Equal(["""{"id":"run-1","result":"Succeeded"}""", """{"id":"run-2","result":"Running"}"""], hub.Automations.LoadRuns());
            var pending = Assert.Single(hub.Automations.LoadPending());
            Assert.Equal(("run-2", "delay", Created.AddMinutes(10), """{"step":1}"""), (pending.Id, pending.Kind, pending.Due, pending.Body));
            Assert.Equal("""{"lamp-1":{"on":true}}""", hub.Automations.LoadSnapshot("cabin", "porch", "before-film"));

            var mode = new HomeModes(registry, hub.Modes, _clock).Get("cabin");
            Assert.Equal(("away", Created.AddHours(1), "api"), (mode.Mode, mode.Since, mode.Source));
        }

        var afterFirstOpen = Dump();
        Assert.Contains("module_schema|access-tokens|1", afterFirstOpen, StringComparison.Ordinal);
        Assert.Contains("module_schema|automations|1", afterFirstOpen, StringComparison.Ordinal);
        Assert.Contains("module_schema|scenes|1", afterFirstOpen, StringComparison.Ordinal);
        Assert.Contains("module_schema|home-modes|1", afterFirstOpen, StringComparison.Ordinal);

        await using (Open())
        {
        }

        Assert.Equal(afterFirstOpen, Dump());
    }

    [Fact]
    public async Task ANewHubDbGetsEveryModulesTablesFromItsOwnMigrations()
    {
        await using (Open())
        {
        }

        var dump = Dump();
        foreach (var table in new[] { "access_tokens", "scenes", "scene_runs", "automations", "automation_runs", "automation_pending", "automation_snapshots", "home_modes" })
            Assert.Contains($"table|{table}|", dump, StringComparison.Ordinal);
        Assert.Contains("schema_version|6", dump, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private OpenedHub Open() => new(
        DeviceStore.Open(DatabasePath, new DeviceStoreOptions { TimeProvider = _clock }),
        AccessTokenStore.Open(DatabasePath),
        SceneStore.Open(DatabasePath),
        AutomationStore.Open(DatabasePath, new AutomationStoreOptions { TimeProvider = _clock }),
        HomeModeStore.Open(DatabasePath));

    /// <summary>The file as main's DeviceStoreSchema left it at version 6 (its migrations 1 to 6, verbatim), with rows.</summary>
    private void WriteOldHubDb()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE schema_version(version INTEGER NOT NULL);
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
            CREATE TABLE access_tokens(
                id TEXT PRIMARY KEY, name TEXT NOT NULL, hash BLOB NOT NULL UNIQUE, grants TEXT NOT NULL,
                created INTEGER NOT NULL, expires INTEGER, last_used INTEGER, revoked INTEGER);
            ALTER TABLE devices ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE rooms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE access_tokens ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE TABLE scenes(home_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(home_id, id));
            CREATE TABLE scene_runs(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, scene_id TEXT NOT NULL, started INTEGER NOT NULL, body TEXT NOT NULL);
            CREATE INDEX scene_runs_scene ON scene_runs(home_id, scene_id, started);
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
            INSERT INTO schema_version(version) VALUES(6);

            INSERT INTO homes(id, name) VALUES('cabin', 'Cabin');
            INSERT INTO access_tokens(id, name, hash, grants, created, expires, last_used, revoked, version)
                VALUES('tok-owner', 'phone', $owner, '[{"homeId":"cabin","role":"owner"}]', $created, NULL, $created, NULL, 3),
                      ('tok-revoked', 'old tablet', $revoked, '[{"homeId":"cabin","role":"member"}]', $created, NULL, NULL, $created, 1);
            INSERT INTO scenes(home_id, id, body) VALUES('cabin', 'evening', '{"id":"evening","homeId":"cabin","name":"Evening"}');
            INSERT INTO scene_runs(id, home_id, scene_id, started, body) VALUES('srun-1', 'cabin', 'evening', $created, '{"id":"srun-1","sceneId":"evening"}');
            INSERT INTO automations(home_id, id, body) VALUES('cabin', 'porch', '{"id":"porch","enabled":true}');
            INSERT INTO automation_runs(id, home_id, automation_id, started, result, body)
                VALUES('run-1', 'cabin', 'porch', $created, 'Succeeded', '{"id":"run-1","result":"Succeeded"}'),
                      ('run-2', 'cabin', 'porch', $created + 1, 'Running', '{"id":"run-2","result":"Running"}');
            INSERT INTO automation_pending(id, home_id, automation_id, kind, due, body) VALUES('run-2', 'cabin', 'porch', 'delay', $due, '{"step":1}');
            INSERT INTO automation_snapshots(home_id, automation_id, name, body) VALUES('cabin', 'porch', 'before-film', '{"lamp-1":{"on":true}}');
            INSERT INTO home_modes(home_id, mode, since, source) VALUES('cabin', 'away', $since, 'api');
            """;
        command.Parameters.AddWithValue("$owner", AccessTokens.Hash(Secret));
        command.Parameters.AddWithValue("$revoked", AccessTokens.Hash("aiot_the-revoked-one"));
        command.Parameters.AddWithValue("$created", Created.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$due", Created.AddMinutes(10).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$since", Created.AddHours(1).ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    /// <summary>Every table's definition and every row, one line each: equal dumps mean an unchanged database.</summary>
    private string Dump()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var dump = new StringBuilder();
        var tables = new List<string>();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name";
            using var reader = schema.ExecuteReader();
            while (reader.Read())
            {
                dump.Append(reader.GetString(0)).Append('|').Append(reader.GetString(1)).Append('|').AppendLine(reader.IsDBNull(2) ? "" : reader.GetString(2));
                if (reader.GetString(0) == "table")
                    tables.Add(reader.GetString(1));
            }
        }

        foreach (var table in tables)
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                dump.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                    dump.Append('|').Append(reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i));
                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    private sealed record OpenedHub(DeviceStore Devices, AccessTokenStore Tokens, SceneStore Scenes, AutomationStore Automations, HomeModeStore Modes)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Tokens.Dispose();
            Scenes.Dispose();
            Modes.Dispose();
            await Automations.DisposeAsync();
            await Devices.DisposeAsync();
        }
    }
}
