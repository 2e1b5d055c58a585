using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// The "device-credentials" tables in hub.db (<see cref="ModuleSchema"/>), through a <see cref="ModuleConnection"/>: one
/// row per device, written synchronously (one connection, one lock; every call is short).
/// </summary>
internal sealed class DeviceCredentialStore : IDisposable
{
    private static readonly Action<SqliteCommand>[] Migrations =
    [
        ModuleSchema.Sql("""
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
            """),
    ];

    private static readonly string[] ParameterNames =
        ["$id", "$home", "$room", "$name", "$secret", "$cert", "$certExpires", "$origin", "$created", "$rotated", "$revoked", "$lastConnected", "$lastAddress"];

    private readonly ModuleConnection _connection;

    public DeviceCredentialStore(string path) => _connection = ModuleConnection.Open(path, "device-credentials", Migrations);

    public IReadOnlyList<DeviceCredential> Load() => _connection.Query(
        """
        SELECT device_id, home_id, room_id, name, secret_sha256, certificate_sha256, certificate_expires, origin,
               created, rotated, revoked, last_connected, last_address FROM device_credentials
        """,
        reader => new DeviceCredential(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
            (byte[])reader.GetValue(4), NullableString(reader, 5), ModuleConnection.Time(reader, 6),
            Enum.TryParse<DeviceCredentialOrigin>(reader.GetString(7), out var origin) ? origin : DeviceCredentialOrigin.Pairing,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)), ModuleConnection.Time(reader, 9), ModuleConnection.Time(reader, 10),
            ModuleConnection.Time(reader, 11), NullableString(reader, 12)));

    /// <summary>Writes the rows in one transaction (a bulk provisioning writes thousands).</summary>
    public void Save(IReadOnlyCollection<DeviceCredential> credentials)
    {
        if (credentials.Count == 0)
            return;
        _connection.InTransaction(credentials, static (command, credentials) =>
        {
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
                    c.DeviceId, c.HomeId, c.RoomId, c.Name, c.SecretHash, c.CertificateThumbprint, ModuleConnection.Ms(c.CertificateExpires),
                    c.Origin.ToString(), ModuleConnection.Ms(c.Created), ModuleConnection.Ms(c.Rotated), ModuleConnection.Ms(c.Revoked),
                    ModuleConnection.Ms(c.LastConnected), c.LastAddress,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].SqliteType = values[i] switch { byte[] => SqliteType.Blob, long => SqliteType.Integer, _ => SqliteType.Text };
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
        });
    }

    public void Dispose() => _connection.Dispose();

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
