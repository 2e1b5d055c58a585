using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Activity;

/// <summary>How an <see cref="ActivityEntry"/> is checked, written and read as a row of the activity table.</summary>
internal static class ActivityRows
{
    /// <summary>Why the entry cannot be stored (its JSON path under "entries"), or null when it can.</summary>
    public static string? Problem(ActivityEntry? entry, int index)
    {
        if (entry is null)
            return $"entries[{index}] is null";
        if (string.IsNullOrEmpty(entry.HomeId))
            return $"entries[{index}].homeId is empty";
        if (!Enum.IsDefined(entry.Kind))
            return $"entries[{index}].kind {(int)entry.Kind} is not an ActivityKind";
        if (!Enum.IsDefined(entry.Source))
            return $"entries[{index}].source {(int)entry.Source} is not an ActivitySource";
        if (entry.Value is { } value && (value.ValueKind == JsonValueKind.Undefined || value.GetRawText().Length > ActivityStore.MaxValueLength))
            return $"entries[{index}].value is undefined or longer than {ActivityStore.MaxValueLength} characters";
        return TooLong(entry.HomeId, "homeId") ?? TooLong(entry.DeviceId, "deviceId") ?? TooLong(entry.Member, "member")
            ?? TooLong(entry.Actor, "actor") ?? TooLong(entry.Reference, "reference");

        string? TooLong(string? text, string name) => text is { Length: > ActivityStore.MaxIdLength }
            ? $"entries[{index}].{name} is longer than {ActivityStore.MaxIdLength} characters"
            : null;
    }

    /// <summary>Inserts the batch on the caller's transaction (their ids are already given).</summary>
    public static void Insert(SqliteCommand command, List<ActivityEntry> entries)
    {
        command.CommandText = """
            INSERT INTO activity(id, home_id, time, kind, source, device_id, member, value, actor, reference)
            VALUES($id, $home, $time, $kind, $source, $device, $member, $value, $actor, $reference)
            """;
        var p = command.Parameters;
        var id = p.Add("$id", SqliteType.Integer);
        var home = p.Add("$home", SqliteType.Text);
        var time = p.Add("$time", SqliteType.Integer);
        var kind = p.Add("$kind", SqliteType.Text);
        var source = p.Add("$source", SqliteType.Text);
        var device = p.Add("$device", SqliteType.Text);
        var member = p.Add("$member", SqliteType.Text);
        var value = p.Add("$value", SqliteType.Text);
        var actor = p.Add("$actor", SqliteType.Text);
        var reference = p.Add("$reference", SqliteType.Text);
        foreach (var e in entries)
        {
            id.Value = e.Id;
            home.Value = e.HomeId;
            time.Value = e.Time.ToUnixTimeMilliseconds();
            kind.Value = e.Kind.ToString();
            source.Value = e.Source.ToString();
            device.Value = (object?)e.DeviceId ?? DBNull.Value;
            member.Value = (object?)e.Member ?? DBNull.Value;
            value.Value = e.Value is { } v ? v.GetRawText() : DBNull.Value;
            actor.Value = (object?)e.Actor ?? DBNull.Value;
            reference.Value = (object?)e.Reference ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Reads a row of "SELECT id, home_id, time, kind, source, device_id, member, value, actor, reference". A row with an
    /// unknown kind or source, a value that is not JSON, or a field of the wrong type is returned with its problem.
    /// </summary>
    public static ActivityRow Read(SqliteDataReader r)
    {
        var id = r.GetInt64(0);
        try
        {
            if (r.GetFieldType(2) != typeof(long))
                return new ActivityRow(id, null, "time is not a number");
            var kindText = r.GetString(3);
            if (!TryParse<ActivityKind>(kindText, out var kind))
                return new ActivityRow(id, null, string.Create(CultureInfo.InvariantCulture, $"unknown kind '{Clip(kindText)}'"));
            var sourceText = r.GetString(4);
            if (!TryParse<ActivitySource>(sourceText, out var source))
                return new ActivityRow(id, null, string.Create(CultureInfo.InvariantCulture, $"unknown source '{Clip(sourceText)}'"));
            JsonElement? value = null;
            if (!r.IsDBNull(7))
            {
                try
                {
                    using var document = JsonDocument.Parse(r.GetString(7));
                    value = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    return new ActivityRow(id, null, "value is not JSON");
                }
            }

            var entry = new ActivityEntry(
                id, r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), kind, source,
                Text(r, 5), Text(r, 6), value, Text(r, 8), Text(r, 9));
            return new ActivityRow(id, entry, null);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or ArgumentOutOfRangeException)
        {
            return new ActivityRow(id, null, "a field has the wrong type");
        }
    }

    private static bool TryParse<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && text.Length > 0 && char.IsLetter(text[0]);

    private static string? Text(SqliteDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40];
}
