using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>The writes: one device's registry row, and one write-behind batch.</summary>
internal static class DeviceStoreCommands
{
    public static void UpsertDevice(SqliteConnection connection, SqliteTransaction transaction, Device device)
    {
        using (var command = Create(connection, transaction, """
            INSERT INTO devices(id, home_id, room_id, model, profile_version, name, firmware, first_seen, version, accepted,
                pending_model, pending_profile_version, pending_firmware, pending_reason, pending_since)
            VALUES($id, $home, $room, $model, $version, $name, $firmware, $first, $record, $accepted, $pm, $pv, $pf, $pr, $ps)
            ON CONFLICT(id) DO UPDATE SET home_id = excluded.home_id, room_id = excluded.room_id, model = excluded.model,
                profile_version = excluded.profile_version, name = excluded.name, firmware = excluded.firmware, version = excluded.version,
                accepted = excluded.accepted, pending_model = excluded.pending_model, pending_profile_version = excluded.pending_profile_version,
                pending_firmware = excluded.pending_firmware, pending_reason = excluded.pending_reason, pending_since = excluded.pending_since;
            DELETE FROM removed_devices WHERE id = $id;
            """))
        {
            var pending = device.Pending;
            Bind(command, ("$id", device.Id), ("$home", device.HomeId), ("$room", device.RoomId), ("$model", device.Model),
                ("$version", device.ProfileVersion), ("$name", device.Name), ("$firmware", device.Firmware), ("$first", Ms(device.FirstSeen)),
                ("$record", device.Version), ("$accepted", device.Accepted ? 1 : 0), ("$pm", pending?.Model), ("$pv", pending?.ProfileVersion),
                ("$pf", pending?.Firmware), ("$pr", pending?.Reason), ("$ps", Ms(pending?.Since)));
            command.ExecuteNonQuery();
        }

        using (var delete = Create(connection, transaction, "DELETE FROM device_aliases WHERE device_id = $id"))
        {
            Bind(delete, ("$id", device.Id));
            delete.ExecuteNonQuery();
        }

        using var insert = Create(connection, transaction, "INSERT INTO device_aliases(device_id, alias) VALUES($id, $alias)");
        var alias = insert.Parameters.Add("$alias", SqliteType.Text);
        insert.Parameters.AddWithValue("$id", device.Id);
        foreach (var name in device.Aliases)
        {
            alias.Value = name;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>A device's rows, every table; with <paramref name="kept"/>, the record that keeps its history queryable.</summary>
    public static void DeleteDevice(SqliteConnection connection, SqliteTransaction transaction, string deviceId, RemovedDevice? kept)
    {
        using (var delete = Create(connection, transaction, """
            DELETE FROM devices WHERE id = $id;
            DELETE FROM device_aliases WHERE device_id = $id;
            DELETE FROM availability WHERE device_id = $id;
            DELETE FROM twin WHERE device_id = $id;
            DELETE FROM commands WHERE device_id = $id;
            DELETE FROM removed_devices WHERE id = $id;
            """))
        {
            Bind(delete, ("$id", deviceId));
            delete.ExecuteNonQuery();
        }

        if (kept is null)
            return;
        using var insert = Create(connection, transaction, """
            INSERT INTO removed_devices(id, home_id, model, profile_version, name, removed) VALUES($id, $home, $model, $version, $name, $removed)
            """);
        Bind(insert, ("$id", kept.Id), ("$home", kept.HomeId), ("$model", kept.Model), ("$version", kept.ProfileVersion), ("$name", kept.Name),
            ("$removed", Ms(kept.Removed)));
        insert.ExecuteNonQuery();
    }

    public static void WriteBatch(
        SqliteConnection connection,
        SqliteTransaction transaction,
        Dictionary<(string DeviceId, string Key), TwinProperty> twin,
        Dictionary<string, (DeviceAvailability Availability, DateTimeOffset? LastReport, bool UsesIids)> availability,
        Dictionary<string, DeviceCommand> commands)
    {
        if (twin.Count > 0)
        {
            using var command = Create(connection, transaction, """
                INSERT INTO twin(device_id, key, reported, reported_at, desired, desired_at) VALUES($d, $k, $r, $ra, $w, $wa)
                ON CONFLICT(device_id, key) DO UPDATE SET reported = excluded.reported, reported_at = excluded.reported_at,
                    desired = excluded.desired, desired_at = excluded.desired_at
                """);
            var p = Parameters(command, "$d", "$k", "$r", "$ra", "$w", "$wa");
            foreach (var ((deviceId, key), value) in twin)
            {
                Set(p, deviceId, key, value.Reported?.Value.GetRawText(), Ms(value.Reported?.Timestamp),
                    value.Desired?.Value.GetRawText(), Ms(value.Desired?.Timestamp));
                command.ExecuteNonQuery();
            }
        }

        if (availability.Count > 0)
        {
            using var command = Create(connection, transaction, """
                INSERT INTO availability(device_id, state, reason, since, last_seen, last_report, uses_iids) VALUES($d, $s, $r, $since, $seen, $report, $iids)
                ON CONFLICT(device_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, since = excluded.since,
                    last_seen = excluded.last_seen, last_report = excluded.last_report, uses_iids = excluded.uses_iids
                """);
            var p = Parameters(command, "$d", "$s", "$r", "$since", "$seen", "$report", "$iids");
            foreach (var (deviceId, (state, lastReport, usesIids)) in availability)
            {
                Set(p, deviceId, (int)state.State, state.Reason, Ms(state.Since), Ms(state.LastSeen), Ms(lastReport), usesIids ? 1 : 0);
                command.ExecuteNonQuery();
            }
        }

        if (commands.Count > 0)
        {
            using var command = Create(connection, transaction, """
                INSERT INTO commands(id, device_id, kind, payload, status, code, message, out, created, sent, completed)
                VALUES($id, $d, $kind, $payload, $status, $code, $message, $out, $created, $sent, $completed)
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, code = excluded.code, message = excluded.message,
                    out = excluded.out, sent = excluded.sent, completed = excluded.completed
                """);
            var p = Parameters(command, "$id", "$d", "$kind", "$payload", "$status", "$code", "$message", "$out", "$created", "$sent", "$completed");
            foreach (var c in commands.Values)
            {
                Set(p, c.Id, c.DeviceId, (int)c.Kind, c.Payload, (int)c.Status, c.Code, c.Message, c.Out?.GetRawText(),
                    Ms(c.Created), Ms(c.Sent), Ms(c.Completed));
                command.ExecuteNonQuery();
            }
        }
    }

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? Ms(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))];

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
