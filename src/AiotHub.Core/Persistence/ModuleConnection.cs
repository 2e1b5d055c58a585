using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Persistence;

/// <summary>
/// One module's connection to hub.db, its tables brought up to date (<see cref="ModuleSchema"/>) when it opens. Every
/// call takes the connection's lock, so a module's writes never interleave; each is committed before it returns.
/// </summary>
public sealed class ModuleConnection : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private bool _disposed;

    private ModuleConnection(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The file, as a full path.</summary>
    public string Path { get; }

    /// <summary>Opens hub.db at <paramref name="path"/> (created if needed) and applies <paramref name="module"/>'s migrations.</summary>
    public static ModuleConnection Open(string path, string module, IReadOnlyList<Action<SqliteCommand>> migrations)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = ModuleSchema.Open(full);
        try
        {
            ModuleSchema.Apply(connection, module, migrations);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new ModuleConnection(connection, full);
    }

    /// <summary>Runs <paramref name="sql"/> (one or more statements) in one implicit transaction.</summary>
    public void Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            Run(command, sql, parameters);
        }
    }

    /// <summary>
    /// Runs one statement on <paramref name="command"/> (reused across the statements of a transaction), its earlier
    /// parameters replaced by <paramref name="parameters"/>.
    /// </summary>
    public static void Run(SqliteCommand command, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(command);
        Bind(command, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        command.Parameters.Clear();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    /// <summary>Every row of <paramref name="sql"/>, read by <paramref name="read"/>.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            Bind(command, sql, parameters);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
                rows.Add(read(reader));
            return rows;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the lock, with a command bound to it: all of it is
    /// written, or (when it throws) none.
    /// </summary>
    public void InTransaction<TState>(TState state, Action<SqliteCommand, TState> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            work(command, state);
            transaction.Commit();
        }
    }

    /// <summary>Closes the connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
                return;
            _disposed = true;
            _connection.Dispose();
        }
    }

    /// <summary>Unix milliseconds, as every module stores times; null stays null.</summary>
    public static object? Ms(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    /// <summary>A time column in Unix milliseconds, or null.</summary>
    public static DateTimeOffset? Time(SqliteDataReader reader, int column)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));
    }
}
