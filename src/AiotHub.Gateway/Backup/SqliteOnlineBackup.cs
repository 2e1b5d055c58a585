using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Backup;

/// <summary>
/// A live SQLite file copied with SQLite's online backup API (sqlite3_backup_*, through
/// <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>), never as a file copy, which could catch a
/// page half-written or miss what is still in the -wal file.
/// </summary>
internal static class SqliteOnlineBackup
{
    /// <summary>The key <see cref="Copy"/> gives the device store's own schema table (schema_version) among the modules' versions.</summary>
    public const string DeviceStoreSchema = "device-store";

    /// <summary>
    /// Copies the database at <paramref name="source"/> into a new file at <paramref name="destination"/> and returns
    /// the schema versions the copy holds (module_schema's rows, and schema_version as <see cref="DeviceStoreSchema"/>).
    /// </summary>
    /// <remarks>
    /// The whole copy is one backup step: one read transaction on the source, so the copy is the database as of
    /// one commit. The hub's files are in WAL mode, where a reader does not block writers: the hub goes on
    /// writing while the pages are copied (a checkpoint cannot pass the copy's snapshot until it ends).
    /// </remarks>
    public static IReadOnlyDictionary<string, int> Copy(string source, string destination)
    {
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
        return ReadSchemas(to);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var busy = connection.CreateCommand();
            busy.CommandText = "PRAGMA busy_timeout=5000";
            busy.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static Dictionary<string, int> ReadSchemas(SqliteConnection connection)
    {
        var schemas = new Dictionary<string, int>(StringComparer.Ordinal);
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('module_schema', 'schema_version')";
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
                present.Add(reader.GetString(0));
        }

        if (present.Contains("module_schema"))
        {
            using var modules = connection.CreateCommand();
            modules.CommandText = "SELECT module, version FROM module_schema ORDER BY module";
            using var reader = modules.ExecuteReader();
            while (reader.Read())
                schemas[reader.GetString(0)] = reader.GetInt32(1);
        }

        if (present.Contains("schema_version"))
        {
            using var devices = connection.CreateCommand();
            devices.CommandText = "SELECT MAX(version) FROM schema_version";
            if (devices.ExecuteScalar() is long version)
                schemas[DeviceStoreSchema] = (int)version;
        }

        return schemas;
    }
}
