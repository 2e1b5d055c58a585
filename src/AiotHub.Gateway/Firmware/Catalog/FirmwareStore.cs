using AiotHub.Core.Firmware;
using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The "firmware" tables in hub.db (<see cref="ModuleSchema"/>): makers' public keys and the releases the hub accepted.
/// Every write is committed before it returns. Rows are read as they are; <see cref="FirmwareCatalog"/> checks each
/// one again at start and sets aside those that no longer hold (docs/ota.md "The catalogue").
/// </summary>
internal sealed class FirmwareStore : IDisposable
{
    public const string Module = "firmware";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: keys and releases.
        ModuleSchema.Sql("""
            CREATE TABLE firmware_keys(
                vendor TEXT NOT NULL, id TEXT NOT NULL, public_key BLOB NOT NULL, fingerprint TEXT NOT NULL,
                created INTEGER NOT NULL, revoked INTEGER, PRIMARY KEY(vendor, id));
            CREATE TABLE firmware_releases(
                id TEXT PRIMARY KEY, model TEXT NOT NULL, version TEXT NOT NULL, min_version TEXT, size INTEGER NOT NULL,
                sha256 TEXT NOT NULL, notes_en TEXT NOT NULL, notes_zh TEXT NOT NULL, key_id TEXT NOT NULL,
                signature TEXT NOT NULL, uploaded INTEGER NOT NULL, uploaded_by TEXT NOT NULL, source_url TEXT,
                withdrawn INTEGER);
            CREATE INDEX firmware_releases_model ON firmware_releases(model);
            """),
    ];

    private readonly ModuleConnection _connection;

    private FirmwareStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the tables up to date.</summary>
    public static FirmwareStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public List<MakerKey> Keys() => _connection.Query(
        "SELECT vendor, id, public_key, fingerprint, created, revoked FROM firmware_keys ORDER BY created",
        r => new MakerKey(r.GetString(0), r.GetString(1), (byte[])r[2], r.GetString(3), ModuleConnection.Time(r, 4)!.Value, ModuleConnection.Time(r, 5)));

    public void AddKey(MakerKey key) => _connection.Execute(
        "INSERT INTO firmware_keys(vendor, id, public_key, fingerprint, created, revoked) VALUES($v, $id, $key, $fp, $created, NULL)",
        ("$v", key.Vendor), ("$id", key.Id), ("$key", key.PublicKey), ("$fp", key.Fingerprint), ("$created", ModuleConnection.Ms(key.Created)));

    public void RevokeKey(string vendor, string id, DateTimeOffset when) => _connection.Execute(
        "UPDATE firmware_keys SET revoked = $when WHERE vendor = $v AND id = $id AND revoked IS NULL",
        ("$v", vendor), ("$id", id), ("$when", ModuleConnection.Ms(when)));

    /// <summary>Every row; a row whose columns cannot be read at all comes back as its id and the reason.</summary>
    public List<(string Id, StoredRelease? Release, string? Problem)> Releases() => _connection.Query<(string Id, StoredRelease? Release, string? Problem)>(
        """
        SELECT id, model, version, min_version, size, sha256, notes_en, notes_zh, key_id, signature, uploaded, uploaded_by,
               source_url, withdrawn
        FROM firmware_releases ORDER BY uploaded
        """,
        r =>
        {
            var id = r.IsDBNull(0) ? "" : r.GetValue(0)?.ToString() ?? "";
            try
            {
                var release = new FirmwareRelease(
                    id, r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4), r.GetString(5),
                    new FirmwareNotes(r.GetString(6), r.GetString(7)), r.GetString(8), r.GetString(9),
                    ModuleConnection.Time(r, 10)!.Value, r.GetString(11));
                return (id, new StoredRelease(release, r.IsDBNull(12) ? null : r.GetString(12), ModuleConnection.Time(r, 13)), null);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or InvalidOperationException or OverflowException)
            {
                return (id, null, $"a column cannot be read ({e.Message})");
            }
        });

    public void AddRelease(StoredRelease stored)
    {
        var r = stored.Release;
        _connection.Execute(
            """
            INSERT INTO firmware_releases(id, model, version, min_version, size, sha256, notes_en, notes_zh, key_id, signature,
                                          uploaded, uploaded_by, source_url, withdrawn)
            VALUES($id, $model, $version, $min, $size, $sha, $en, $zh, $key, $sig, $uploaded, $by, $url, NULL)
            """,
            ("$id", r.Id), ("$model", r.Model), ("$version", r.Version), ("$min", r.MinVersion), ("$size", r.Size), ("$sha", r.Sha256),
            ("$en", r.Notes.En), ("$zh", r.Notes.Zh), ("$key", r.KeyId), ("$sig", r.Signature), ("$uploaded", ModuleConnection.Ms(r.Uploaded)),
            ("$by", r.UploadedBy), ("$url", stored.SourceUrl));
    }

    public void Withdraw(string id, DateTimeOffset when) => _connection.Execute(
        "UPDATE firmware_releases SET withdrawn = $when WHERE id = $id AND withdrawn IS NULL", ("$id", id), ("$when", ModuleConnection.Ms(when)));

    public void Dispose() => _connection.Dispose();
}
