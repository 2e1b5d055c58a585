using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// The "device-credentials" tables in hub.db (<see cref="ModuleSchema"/>): one row per device, written
/// synchronously (one connection, one lock; every call is short).
/// </summary>
internal sealed class DeviceCredentialStore : IDisposable
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE device_credentials(
            device_id TEXT PRIMARY KEY,
            home_id TEXT NOT NULL,
            room_id TEXT,
            name TEXT,
            secret_sha256 BLOB NOT NULL,
            certificate_sha256 TEXT,
            certificate_expires INTEGER,
            origin TEXT NOT NULL,
            created INTEGER NOT NULL,
            rotated INTEGER,
            revoked INTEGER,
            last_connected INTEGER,
            last_address TEXT)
        """,
    ];

    private static readonly string[] ParameterNames =
        ["$id", "$home", "$room", "$name", "$secret", "$cert", "$certExpires", "$origin", "$created", "$rotated", "$revoked", "$lastConnected", "$lastAddress"];

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public DeviceCredentialStore(string path)
    {
        _connection = ModuleSchema.Open(path);
        try
        {
            ModuleSchema.Apply(_connection, "device-credentials", Migrations);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<DeviceCredential> Load()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT device_id, home_id, room_id, name, secret_sha256, certificate_sha256, certificate_expires, origin,
                       created, rotated, revoked, last_connected, last_address FROM device_credentials
                """;
            using var reader = command.ExecuteReader();
            var list = new List<DeviceCredential>();
            while (reader.Read())
            {
                list.Add(new DeviceCredential(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                    (byte[])reader.GetValue(4), NullableString(reader, 5), NullableTime(reader, 6),
                    Enum.TryParse<DeviceCredentialOrigin>(reader.GetString(7), out var origin) ? origin : DeviceCredentialOrigin.Pairing,
                    Time(reader.GetInt64(8)), NullableTime(reader, 9), NullableTime(reader, 10), NullableTime(reader, 11), NullableString(reader, 12)));
            }

            return list;
        }
    }

    /// <summary>Writes the rows in one transaction (a bulk provisioning writes thousands).</summary>
    public void Save(IReadOnlyCollection<DeviceCredential> credentials)
    {
        if (credentials.Count == 0)
            return;
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO device_credentials(device_id, home_id, room_id, name, secret_sha256, certificate_sha256, certificate_expires, origin,
                    created, rotated, revoked, last_connected, last_address)
                VALUES($id, $home, $room, $name, $secret, $cert, $certExpires, $origin, $created, $rotated, $revoked, $lastConnected, $lastAddress)
                ON CONFLICT(device_id) DO UPDATE SET home_id = excluded.home_id, room_id = excluded.room_id, name = excluded.name,
                    secret_sha256 = excluded.secret_sha256, certificate_sha256 = excluded.certificate_sha256,
                    certificate_expires = excluded.certificate_expires, origin = excluded.origin, created = excluded.created,
                    rotated = excluded.rotated, revoked = excluded.revoked, last_connected = excluded.last_connected,
                    last_address = excluded.last_address
                """;
            var parameters = ParameterNames.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
            foreach (var c in credentials)
            {
                object?[] values =
                [
                    c.DeviceId, c.HomeId, c.RoomId, c.Name, c.SecretHash, c.CertificateThumbprint, Ms(c.CertificateExpires),
                    c.Origin.ToString(), Ms(c.Created), Ms(c.Rotated), Ms(c.Revoked), Ms(c.LastConnected), c.LastAddress,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].SqliteType = values[i] switch { byte[] => SqliteType.Blob, long => SqliteType.Integer, _ => SqliteType.Text };
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private static long? Ms(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateTimeOffset? NullableTime(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : Time(reader.GetInt64(i));
}
