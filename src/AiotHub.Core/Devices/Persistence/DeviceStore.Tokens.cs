using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>API access tokens: rare writes, so each is committed at once like the registry rows.</summary>
public sealed partial class DeviceStore
{
    public void SaveToken(StoredToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        Execute(
            """
            INSERT INTO access_tokens(id, name, hash, grants, created, expires, last_used, revoked, version)
            VALUES($id, $name, $hash, $grants, $created, $expires, $used, $revoked, $version)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, grants = excluded.grants, expires = excluded.expires,
                last_used = excluded.last_used, revoked = excluded.revoked, version = excluded.version
            """,
            ("$id", token.Id), ("$name", token.Name), ("$hash", token.Hash), ("$grants", token.GrantsJson),
            ("$created", DeviceStoreCommands.Ms(token.Created)), ("$expires", DeviceStoreCommands.Ms(token.Expires)),
            ("$used", DeviceStoreCommands.Ms(token.LastUsed)), ("$revoked", DeviceStoreCommands.Ms(token.Revoked)),
            ("$version", token.Version));
    }

    public IReadOnlyList<StoredToken> LoadTokens()
    {
        lock (_dbLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, name, hash, grants, created, expires, last_used, revoked, version FROM access_tokens ORDER BY created, id";
            using var reader = command.ExecuteReader();
            var tokens = new List<StoredToken>();
            while (reader.Read())
            {
                tokens.Add(new StoredToken(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), reader.GetString(3),
                    Time(reader, 4)!.Value, Time(reader, 5), Time(reader, 6), Time(reader, 7), reader.GetInt64(8)));
            }

            return tokens;
        }
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));
}
