using System.Text.Json;
using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Voice.Timers;

/// <summary>
/// The "voice-timers" table in hub.db (<see cref="ModuleSchema"/>): every pending voice timer, committed before the
/// assistant answers that it is set, removed when it has run or was cancelled. A row this hub cannot read is skipped
/// (and reported), never a reason not to start.
/// </summary>
public sealed class VoiceTimerStore : IDisposable
{
    public const string Module = "voice-timers";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        ModuleSchema.Sql(
            """
            CREATE TABLE voice_timers(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, created INTEGER NOT NULL, due INTEGER NOT NULL,
                source TEXT NOT NULL, started_by TEXT, action TEXT NOT NULL);
            CREATE INDEX voice_timers_home ON voice_timers(home_id, due)
            """),
    ];

    private readonly ModuleConnection _connection;

    private VoiceTimerStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the table up to date.</summary>
    public static VoiceTimerStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public void Save(VoiceTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _connection.Execute(
            "INSERT INTO voice_timers(id, home_id, created, due, source, started_by, action) VALUES($id, $home, $created, $due, $source, $by, $action)",
            ("$id", timer.Id), ("$home", timer.HomeId), ("$created", timer.Created.ToUnixTimeMilliseconds()),
            ("$due", timer.Due.ToUnixTimeMilliseconds()), ("$source", timer.Source), ("$by", timer.StartedBy),
            ("$action", JsonSerializer.Serialize(StoredAction.From(timer.Action), VoiceTimerJson.Default.StoredAction)));
    }

    public void Delete(string id) => _connection.Execute("DELETE FROM voice_timers WHERE id = $id", ("$id", id));

    /// <summary>Every stored timer this hub can read; <paramref name="unreadable"/> gets the ids of the others.</summary>
    public IReadOnlyList<VoiceTimer> Load(out IReadOnlyList<string> unreadable)
    {
        var skipped = new List<string>();
        var rows = _connection.Query(
            "SELECT id, home_id, created, due, source, started_by, action FROM voice_timers ORDER BY due, id",
            r => (Id: r.GetString(0), Home: r.GetString(1), Created: r.GetInt64(2), Due: r.GetInt64(3), Source: r.GetString(4),
                By: r.IsDBNull(5) ? null : r.GetString(5), Action: r.GetString(6)));
        var timers = new List<VoiceTimer>(rows.Count);
        foreach (var row in rows)
        {
            if (Read(row.Action) is not { } action)
            {
                skipped.Add(row.Id);
                continue;
            }

            timers.Add(new VoiceTimer(row.Id, row.Home, DateTimeOffset.FromUnixTimeMilliseconds(row.Created),
                DateTimeOffset.FromUnixTimeMilliseconds(row.Due), row.Source, row.By, action));
        }

        unreadable = skipped;
        return timers;
    }

    private static VoiceResult? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, VoiceTimerJson.Default.StoredAction)?.ToResult();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _connection.Dispose();
}
