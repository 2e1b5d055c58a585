using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The "rollout" tables in hub.db (<see cref="ModuleSchema"/>): rollouts, their per-device jobs and timelines, each
/// home's firmware settings and each device's postponement and refusals. Every write is committed before it returns,
/// so a hub that stops mid-rollout starts again where it was. A rollout's timeline keeps its last
/// <see cref="MaxEventsPerRollout"/> entries.
/// </summary>
internal sealed class RolloutStore : IDisposable
{
    public const string Module = "rollout";
    public const int MaxEventsPerRollout = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        ModuleSchema.Sql("""
            CREATE TABLE rollouts(
                id TEXT PRIMARY KEY, release_id TEXT NOT NULL, model TEXT NOT NULL, version TEXT NOT NULL, min_version TEXT,
                stages TEXT NOT NULL, soak_ms INTEGER NOT NULL, thresholds TEXT NOT NULL, status TEXT NOT NULL,
                stage_index INTEGER NOT NULL, stage_started INTEGER NOT NULL, halt_reason TEXT, created INTEGER NOT NULL, created_by TEXT);
            CREATE TABLE rollout_jobs(
                id TEXT PRIMARY KEY, rollout_id TEXT NOT NULL, device_id TEXT NOT NULL, home_id TEXT NOT NULL, ring INTEGER NOT NULL,
                state TEXT NOT NULL, from_version TEXT, progress INTEGER, code INTEGER NOT NULL, message TEXT, offers INTEGER NOT NULL,
                created INTEGER NOT NULL, updated INTEGER NOT NULL, apply_sent INTEGER, completed INTEGER);
            CREATE INDEX rollout_jobs_rollout ON rollout_jobs(rollout_id);
            CREATE INDEX rollout_jobs_device ON rollout_jobs(device_id);
            CREATE TABLE rollout_events(seq INTEGER PRIMARY KEY AUTOINCREMENT, rollout_id TEXT NOT NULL, time INTEGER NOT NULL, event TEXT NOT NULL, detail TEXT);
            CREATE INDEX rollout_events_rollout ON rollout_events(rollout_id, seq);
            CREATE TABLE firmware_home_settings(home_id TEXT PRIMARY KEY, tester INTEGER NOT NULL, quiet_start TEXT, quiet_end TEXT);
            CREATE TABLE firmware_device_postponed(device_id TEXT PRIMARY KEY, until INTEGER NOT NULL);
            CREATE TABLE firmware_device_refused(device_id TEXT NOT NULL, release_id TEXT NOT NULL, PRIMARY KEY(device_id, release_id));
            """),
    ];

    private readonly ModuleConnection _connection;

    private RolloutStore(ModuleConnection connection) => _connection = connection;

    public static RolloutStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    public IReadOnlyList<Rollout> Rollouts() => _connection.Query(
        "SELECT id, release_id, model, version, min_version, stages, soak_ms, thresholds, status, stage_index, stage_started, halt_reason, created, created_by FROM rollouts ORDER BY created",
        r => new Rollout(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            [.. r.GetString(5).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            TimeSpan.FromMilliseconds(r.GetInt64(6)),
            JsonSerializer.Deserialize<RolloutThresholds>(r.GetString(7), Json) ?? RolloutThresholds.Default,
            Enum.Parse<RolloutStatus>(r.GetString(8)), r.GetInt32(9), ModuleConnection.Time(r, 10)!.Value,
            r.IsDBNull(11) ? null : r.GetString(11), ModuleConnection.Time(r, 12)!.Value, r.IsDBNull(13) ? null : r.GetString(13)));

    public IReadOnlyList<RolloutJob> Jobs() => _connection.Query(
        "SELECT id, rollout_id, device_id, home_id, ring, state, from_version, progress, code, message, offers, created, updated, apply_sent, completed FROM rollout_jobs",
        r => new RolloutJob(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Enum.Parse<RolloutJobState>(r.GetString(5)),
            r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetInt32(7), r.GetInt32(8), r.IsDBNull(9) ? null : r.GetString(9),
            r.GetInt32(10), ModuleConnection.Time(r, 11)!.Value, ModuleConnection.Time(r, 12)!.Value, ModuleConnection.Time(r, 13), ModuleConnection.Time(r, 14)));

    public IReadOnlyList<RolloutEvent> Events(string rolloutId) => _connection.Query(
        "SELECT time, event, detail FROM rollout_events WHERE rollout_id = $id ORDER BY seq",
        r => new RolloutEvent(ModuleConnection.Time(r, 0)!.Value, r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)), ("$id", rolloutId));

    /// <summary>Writes the rollout (when given), its new timeline entries and the changed jobs in one transaction.</summary>
    public void Save(Rollout? rollout, IReadOnlyList<RolloutEvent> events, IReadOnlyCollection<RolloutJob> jobs)
    {
        if (rollout is null && events.Count == 0 && jobs.Count == 0)
            return;
        _connection.InTransaction((rollout, events, jobs), static (command, s) =>
        {
            if (s.rollout is { } r)
            {
                ModuleConnection.Run(command, """
                    INSERT INTO rollouts(id, release_id, model, version, min_version, stages, soak_ms, thresholds, status, stage_index, stage_started, halt_reason, created, created_by)
                    VALUES($id, $release, $model, $version, $min, $stages, $soak, $thresholds, $status, $stage, $started, $halt, $created, $by)
                    ON CONFLICT(id) DO UPDATE SET status = excluded.status, stage_index = excluded.stage_index,
                        stage_started = excluded.stage_started, halt_reason = excluded.halt_reason
                    """,
                    ("$id", r.Id), ("$release", r.ReleaseId), ("$model", r.Model), ("$version", r.Version), ("$min", r.MinVersion),
                    ("$stages", string.Join(',', r.Stages.Select(p => p.ToString(CultureInfo.InvariantCulture)))),
                    ("$soak", (long)r.Soak.TotalMilliseconds), ("$thresholds", JsonSerializer.Serialize(r.Thresholds, Json)),
                    ("$status", r.Status.ToString()), ("$stage", r.StageIndex), ("$started", ModuleConnection.Ms(r.StageStarted)),
                    ("$halt", r.HaltReason), ("$created", ModuleConnection.Ms(r.Created)), ("$by", r.CreatedBy));
            }

            foreach (var e in s.events)
            {
                ModuleConnection.Run(command, "INSERT INTO rollout_events(rollout_id, time, event, detail) VALUES($id, $time, $event, $detail)",
                    ("$id", s.rollout?.Id ?? s.jobs.First().RolloutId), ("$time", ModuleConnection.Ms(e.Time)), ("$event", e.Event), ("$detail", e.Detail));
            }

            if (s.events.Count > 0 && s.rollout is { } owner)
            {
                ModuleConnection.Run(command, """
                    DELETE FROM rollout_events WHERE rollout_id = $id AND seq NOT IN
                        (SELECT seq FROM rollout_events WHERE rollout_id = $id ORDER BY seq DESC LIMIT $keep)
                    """, ("$id", owner.Id), ("$keep", MaxEventsPerRollout));
            }

            foreach (var j in s.jobs)
            {
                ModuleConnection.Run(command, """
                    INSERT INTO rollout_jobs(id, rollout_id, device_id, home_id, ring, state, from_version, progress, code, message, offers, created, updated, apply_sent, completed)
                    VALUES($id, $rollout, $device, $home, $ring, $state, $from, $progress, $code, $message, $offers, $created, $updated, $apply, $completed)
                    ON CONFLICT(id) DO UPDATE SET state = excluded.state, progress = excluded.progress, code = excluded.code,
                        message = excluded.message, offers = excluded.offers, updated = excluded.updated,
                        apply_sent = excluded.apply_sent, completed = excluded.completed
                    """,
                    ("$id", j.Id), ("$rollout", j.RolloutId), ("$device", j.DeviceId), ("$home", j.HomeId), ("$ring", j.Ring),
                    ("$state", j.State.ToString()), ("$from", j.FromVersion), ("$progress", j.Progress), ("$code", j.Code),
                    ("$message", j.Message), ("$offers", j.Offers), ("$created", ModuleConnection.Ms(j.Created)),
                    ("$updated", ModuleConnection.Ms(j.Updated)), ("$apply", ModuleConnection.Ms(j.ApplySent)), ("$completed", ModuleConnection.Ms(j.Completed)));
            }
        });
    }

    public IReadOnlyDictionary<string, FirmwareHomeSettings> HomeSettings() => _connection.Query(
        "SELECT home_id, tester, quiet_start, quiet_end FROM firmware_home_settings",
        r => (Home: r.GetString(0), Settings: new FirmwareHomeSettings(r.GetInt64(1) != 0,
            r.IsDBNull(2) || r.IsDBNull(3) ? null : new QuietHours(TimeOnly.Parse(r.GetString(2), CultureInfo.InvariantCulture), TimeOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture)))))
        .ToDictionary(x => x.Home, x => x.Settings, StringComparer.Ordinal);

    public void SetHomeSettings(string homeId, FirmwareHomeSettings settings) => _connection.Execute(
        """
        INSERT INTO firmware_home_settings(home_id, tester, quiet_start, quiet_end) VALUES($home, $tester, $start, $end)
        ON CONFLICT(home_id) DO UPDATE SET tester = excluded.tester, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end
        """,
        ("$home", homeId), ("$tester", settings.Tester ? 1 : 0),
        ("$start", settings.QuietHours?.Start.ToString("HH:mm", CultureInfo.InvariantCulture)),
        ("$end", settings.QuietHours?.End.ToString("HH:mm", CultureInfo.InvariantCulture)));

    public IReadOnlyDictionary<string, DeviceFirmwareChoice> Choices()
    {
        var postponed = _connection.Query("SELECT device_id, until FROM firmware_device_postponed", r => (r.GetString(0), ModuleConnection.Time(r, 1)!.Value));
        var refused = _connection.Query("SELECT device_id, release_id FROM firmware_device_refused", r => (r.GetString(0), r.GetString(1)));
        var choices = new Dictionary<string, DeviceFirmwareChoice>(StringComparer.Ordinal);
        foreach (var (device, until) in postponed)
            choices[device] = DeviceFirmwareChoice.None with { PostponedUntil = until };
        foreach (var group in refused.GroupBy(r => r.Item1, StringComparer.Ordinal))
        {
            var set = group.Select(r => r.Item2).ToHashSet(StringComparer.Ordinal);
            choices[group.Key] = (choices.GetValueOrDefault(group.Key) ?? DeviceFirmwareChoice.None) with { Refused = set };
        }

        return choices;
    }

    public void Postpone(string deviceId, DateTimeOffset until) => _connection.Execute(
        "INSERT INTO firmware_device_postponed(device_id, until) VALUES($d, $u) ON CONFLICT(device_id) DO UPDATE SET until = excluded.until",
        ("$d", deviceId), ("$u", ModuleConnection.Ms(until)));

    public void Refuse(string deviceId, string releaseId) => _connection.Execute(
        "INSERT OR IGNORE INTO firmware_device_refused(device_id, release_id) VALUES($d, $r)", ("$d", deviceId), ("$r", releaseId));

    /// <summary>Undoes the device's postponement and refusals.</summary>
    public void Allow(string deviceId) => _connection.Execute(
        "DELETE FROM firmware_device_postponed WHERE device_id = $d; DELETE FROM firmware_device_refused WHERE device_id = $d", ("$d", deviceId));

    public void Dispose() => _connection.Dispose();
}
