using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Persistence;

/// <summary>
/// A module's own tables in the hub's shared SQLite file (hub.db). The database is shared, the schema is not:
/// each module names itself and lists its migrations, and <c>module_schema</c> keeps the version each module's
/// tables are at. Each migration moves its module up by one inside a transaction; a file from a newer hub
/// (a module at a version this hub does not know) is refused.
/// </summary>
public static class ModuleSchema
{
    /// <summary>A connection to <paramref name="path"/> as every module uses it: WAL, synchronous writes, a busy timeout.</summary>
    public static SqliteConnection Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory)
            Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Run(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Brings <paramref name="module"/>'s tables up to <c>migrations.Count</c>; each migration is SQL.</summary>
    public static void Apply(SqliteConnection connection, string module, IReadOnlyList<string> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        Apply(connection, module, [.. migrations.Select(Sql)]);
    }

    /// <summary>
    /// Brings <paramref name="module"/>'s tables up to <c>migrations.Count</c>. Each migration gets a command bound to
    /// its transaction, so it may look before it changes (a module adopting tables an older hub created elsewhere).
    /// </summary>
    public static void Apply(SqliteConnection connection, string module, IReadOnlyList<Action<SqliteCommand>> migrations)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentNullException.ThrowIfNull(migrations);
        Run(connection, "CREATE TABLE IF NOT EXISTS module_schema(module TEXT PRIMARY KEY, version INTEGER NOT NULL)");
        var version = Version(connection, module);
        if (version > migrations.Count)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"the '{module}' tables in {connection.DataSource} are at schema version {version}; this hub knows up to {migrations.Count}"));

        for (; version < migrations.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            using (var migration = connection.CreateCommand())
            {
                migration.Transaction = transaction;
                migrations[version](migration);
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO module_schema(module, version) VALUES($m, $v) ON CONFLICT(module) DO UPDATE SET version = excluded.version";
            command.Parameters.AddWithValue("$m", module);
            command.Parameters.AddWithValue("$v", version + 1);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>A migration that runs <paramref name="sql"/>.</summary>
    public static Action<SqliteCommand> Sql(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        return command => Execute(command, sql);
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters) on the migration's <paramref name="command"/>.</summary>
    public static void Execute(SqliteCommand command, string sql)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Clear();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Adds <paramref name="column"/> to <paramref name="table"/> unless it is there: for a module adopting a table that
    /// an older hub created, at whichever of its shapes the file happens to be.
    /// </summary>
    public static void AddColumnIfMissing(SqliteCommand command, string table, string column, string definition)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Clear();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        if ((long)command.ExecuteScalar()! == 0)
            Execute(command, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
    }

    private static int Version(SqliteConnection connection, string module)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM module_schema WHERE module = $m";
        command.Parameters.AddWithValue("$m", module);
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
