using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>Reads the whole file back at start.</summary>
internal static class DeviceStoreLoader
{
    public static StoredState Load(SqliteConnection connection, DateTimeOffset commandsSince)
    {
        var homes = Read(connection, "SELECT id, name FROM homes", r => new Home(r.GetString(0), r.GetString(1)));
        var rooms = Read(connection, "SELECT id, home_id, name, version FROM rooms", r => new Room(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)));
        var aliases = Read(connection, "SELECT device_id, alias FROM device_aliases ORDER BY rowid", r => (Device: r.GetString(0), Alias: r.GetString(1)))
            .ToLookup(a => a.Device, a => a.Alias, StringComparer.Ordinal);
        var twin = Read(connection, "SELECT device_id, key, reported, reported_at, desired, desired_at FROM twin", r => (
                Device: r.GetString(0),
                Property: new TwinProperty(r.GetString(1), Value(r, 2), Value(r, 4))))
            .ToLookup(t => t.Device, t => t.Property, StringComparer.Ordinal);
        var availability = Read(connection, "SELECT device_id, state, reason, since, last_seen, last_report, uses_iids FROM availability", r => (
                Device: r.GetString(0),
                State: new DeviceAvailability((AvailabilityState)r.GetInt32(1), Text(r, 2), Time(r, 3), Time(r, 4)),
                LastReport: Time(r, 5),
                UsesIids: r.GetInt32(6) != 0))
            .ToDictionary(a => a.Device, StringComparer.Ordinal);
        var devices = Read(connection, """
            SELECT id, home_id, room_id, model, profile_version, name, firmware, first_seen, version, accepted,
                pending_model, pending_profile_version, pending_firmware, pending_reason, pending_since
            FROM devices
            """, r =>
        {
            var id = r.GetString(0);
            availability.TryGetValue(id, out var activity);
            // A held change is whole or absent: a row missing a part of one is read as none.
            PendingChange? pending = r.IsDBNull(10) || r.IsDBNull(13) || r.IsDBNull(14)
                ? null
                : new PendingChange(r.GetString(10), r.IsDBNull(11) ? null : r.GetInt32(11), Text(r, 12), r.GetString(13), Time(r, 14)!.Value);
            return new StoredDevice(id, r.GetString(1), Text(r, 2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5),
                [.. aliases[id]], Text(r, 6), activity.UsesIids, Time(r, 7)!.Value, activity.LastReport,
                activity.State ?? DeviceAvailability.NeverSeen, [.. twin[id]], r.GetInt64(8), r.GetInt32(9) != 0, pending);
        });
        var commands = Read(connection,
            "SELECT id, device_id, kind, payload, status, code, message, out, created, sent, completed FROM commands WHERE created >= " +
            DeviceStoreCommands.Ms(commandsSince).ToString(System.Globalization.CultureInfo.InvariantCulture),
            r => new DeviceCommand(r.GetString(0), r.GetString(1), (CommandKind)r.GetInt32(2), r.GetString(3), (CommandStatus)r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetInt32(5), Text(r, 6), r.IsDBNull(7) ? null : Json(r.GetString(7)), Time(r, 8)!.Value, Time(r, 9), Time(r, 10)));
        var removed = Read(connection, "SELECT id, home_id, model, profile_version, name, removed FROM removed_devices", r =>
            new RemovedDevice(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), Time(r, 5)!.Value));
        return new StoredState(homes, rooms, devices, commands, removed);
    }

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private static TwinValue? Value(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new TwinValue(Json(reader.GetString(column)), Time(reader, column + 1)!.Value);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Time(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));
}
