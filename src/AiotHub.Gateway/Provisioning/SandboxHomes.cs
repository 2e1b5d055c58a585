using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Provisioning;

/// <summary>
/// Which homes are sandboxes — made through the API for integrators to provision simulated fleets in, apart from
/// the household's real home. The flag lives in hub.db's "sandbox-homes" table (<see cref="ModuleSchema"/>); the
/// home itself in the registry. At most <see cref="MaxHomes"/>.
/// </summary>
internal sealed class SandboxHomes : IDisposable
{
    public const int MaxHomes = 16;
    private static readonly string[] Migrations =
    [
        "CREATE TABLE sandbox_homes(home_id TEXT PRIMARY KEY, created INTEGER NOT NULL, created_by TEXT)",
    ];

    private readonly SqliteConnection _connection;
    private readonly HashSet<string> _homes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SandboxHomes(string path)
    {
        _connection = ModuleSchema.Open(path);
        try
        {
            ModuleSchema.Apply(_connection, "sandbox-homes", Migrations);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT home_id FROM sandbox_homes";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                _homes.Add(reader.GetString(0));
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _homes.Count;
            }
        }
    }

    public bool Contains(string homeId)
    {
        lock (_lock)
        {
            return _homes.Contains(homeId);
        }
    }

    public void Add(string homeId, DateTimeOffset created, string? createdBy)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO sandbox_homes(home_id, created, created_by) VALUES($id, $created, $by)";
            command.Parameters.AddWithValue("$id", homeId);
            command.Parameters.AddWithValue("$created", created.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$by", (object?)createdBy ?? DBNull.Value);
            command.ExecuteNonQuery();
            _homes.Add(homeId);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }
}
