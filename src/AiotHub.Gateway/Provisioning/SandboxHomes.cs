using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Provisioning;

/// <summary>
/// Which homes are sandboxes — made through the API for integrators to provision simulated fleets in, apart from
/// the household's real home. The flag lives in hub.db's "sandbox-homes" table (<see cref="ModuleSchema"/>, through a
/// <see cref="ModuleConnection"/>); the home itself in the registry. At most <see cref="MaxHomes"/>.
/// </summary>
internal sealed class SandboxHomes : IDisposable
{
    public const int MaxHomes = 16;
    private static readonly Action<SqliteCommand>[] Migrations =
    [
        ModuleSchema.Sql("CREATE TABLE sandbox_homes(home_id TEXT PRIMARY KEY, created INTEGER NOT NULL, created_by TEXT)"),
    ];

    private readonly ModuleConnection _connection;
    private readonly HashSet<string> _homes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SandboxHomes(string path)
    {
        _connection = ModuleConnection.Open(path, "sandbox-homes", Migrations);
        try
        {
            _homes.UnionWith(_connection.Query("SELECT home_id FROM sandbox_homes", reader => reader.GetString(0)));
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
            // Under the set's lock too, so the set and the table agree.
            _connection.Execute("INSERT OR REPLACE INTO sandbox_homes(home_id, created, created_by) VALUES($id, $created, $by)",
                ("$id", homeId), ("$created", created.ToUnixTimeMilliseconds()), ("$by", createdBy));
            _homes.Add(homeId);
        }
    }

    public void Dispose() => _connection.Dispose();
}
