using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// The "profile-ownership" tables in hub.db (<see cref="ModuleSchema"/>): which home and token uploaded each
/// profile version and whether it is published, the version of each model each home accepted, and the homes
/// that update automatically. Every write is committed before it returns.
/// </summary>
public sealed class ProfileOwnershipStore : IDisposable
{
    public const string Module = "profile-ownership";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        ModuleSchema.Sql("""
        CREATE TABLE profile_uploads(
            model TEXT NOT NULL, version INTEGER NOT NULL, home_id TEXT NOT NULL, token_id TEXT,
            uploaded INTEGER NOT NULL, published INTEGER, PRIMARY KEY(model, version));
        CREATE TABLE profile_acceptances(
            home_id TEXT NOT NULL, model TEXT NOT NULL, version INTEGER NOT NULL, reason TEXT NOT NULL,
            accepted INTEGER NOT NULL, PRIMARY KEY(home_id, model));
        CREATE TABLE profile_auto_update(home_id TEXT PRIMARY KEY, since INTEGER NOT NULL);
        """),
    ];

    private readonly ModuleConnection _connection;

    private ProfileOwnershipStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> (created if needed) and brings the module's tables up to date.</summary>
    public static ProfileOwnershipStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public IReadOnlyDictionary<(string Model, int Version), ProfileOrigin> LoadUploads()
    {
        var uploads = new Dictionary<(string, int), ProfileOrigin>();
        foreach (var (key, origin) in _connection.Query("SELECT model, version, home_id, token_id, published FROM profile_uploads",
                     r => ((r.GetString(0), r.GetInt32(1)), new ProfileOrigin(r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), !r.IsDBNull(4)))))
            uploads[key] = origin;
        return uploads;
    }

    public void SaveUpload(string model, int version, ProfileOrigin origin, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(origin);
        _connection.Execute(
            """
            INSERT INTO profile_uploads(model, version, home_id, token_id, uploaded, published) VALUES($model, $version, $home, $token, $at, NULL)
            ON CONFLICT(model, version) DO UPDATE SET home_id = excluded.home_id, token_id = excluded.token_id, uploaded = excluded.uploaded, published = NULL
            """,
            ("$model", model), ("$version", version), ("$home", origin.HomeId), ("$token", origin.TokenId), ("$at", at.ToUnixTimeMilliseconds()));
    }

    public void SavePublished(string model, int version, DateTimeOffset at) => _connection.Execute(
        "UPDATE profile_uploads SET published = $at WHERE model = $model AND version = $version AND published IS NULL",
        ("$model", model), ("$version", version), ("$at", at.ToUnixTimeMilliseconds()));

    public IReadOnlyList<(string HomeId, string Model, int Version)> LoadAcceptances() =>
        _connection.Query("SELECT home_id, model, version FROM profile_acceptances", r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));

    public void SaveAcceptance(string homeId, string model, int version, ProfileAcceptanceReason reason, DateTimeOffset at) => _connection.Execute(
        """
        INSERT INTO profile_acceptances(home_id, model, version, reason, accepted) VALUES($home, $model, $version, $reason, $at)
        ON CONFLICT(home_id, model) DO UPDATE SET version = excluded.version, reason = excluded.reason, accepted = excluded.accepted
        """,
        ("$home", homeId), ("$model", model), ("$version", version), ("$reason", reason.ToString()), ("$at", at.ToUnixTimeMilliseconds()));

    public IReadOnlyList<string> LoadAutoUpdateHomes() =>
        _connection.Query("SELECT home_id FROM profile_auto_update", r => r.GetString(0));

    public void SaveAutoUpdate(string homeId, bool on, DateTimeOffset at)
    {
        if (on)
        {
            _connection.Execute("INSERT INTO profile_auto_update(home_id, since) VALUES($home, $at) ON CONFLICT(home_id) DO NOTHING",
                ("$home", homeId), ("$at", at.ToUnixTimeMilliseconds()));
        }
        else
        {
            _connection.Execute("DELETE FROM profile_auto_update WHERE home_id = $home", ("$home", homeId));
        }
    }

    public void Dispose() => _connection.Dispose();
}
