using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// The "suggestions" tables in hub.db (<see cref="ModuleSchema"/>): each home's latest mined suggestions, the
/// household's decisions by key (dismissed with the reason, snoozed until, accepted as) and whether the home mines at
/// all. Every write is committed durably before it returns: a decision, once answered, survives a power cut. A mining
/// pass replaces the home's undecided suggestions in one transaction; a suggestion with a decision keeps its row, so the
/// dismissed and accepted lists can still show what was decided.
/// </summary>
internal sealed class SuggestionStore : IDisposable
{
    public const string Module = "suggestions";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the tables.
        ModuleSchema.Sql("""
            CREATE TABLE suggestions_mined(
                home_id TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, first_found INTEGER NOT NULL,
                last_mined INTEGER NOT NULL, evidence INTEGER NOT NULL, base_version INTEGER, PRIMARY KEY(home_id, key));
            CREATE TABLE suggestions_decision(
                home_id TEXT NOT NULL, key TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, snoozed_until INTEGER,
                accepted_kind TEXT, accepted_id TEXT, decided_at INTEGER NOT NULL, PRIMARY KEY(home_id, key));
            CREATE TABLE suggestions_settings(home_id TEXT PRIMARY KEY, enabled INTEGER NOT NULL);
            """),
    ];

    private const string Select = """
        SELECT m.home_id, m.key, m.body, m.first_found, m.last_mined, m.base_version,
               d.status, d.reason, d.snoozed_until, d.accepted_kind, d.accepted_id, d.decided_at
        FROM suggestions_mined m LEFT JOIN suggestions_decision d ON d.home_id = m.home_id AND d.key = m.key
        """;

    private readonly ModuleConnection _connection;
    private long _unreadable;

    private SuggestionStore(ModuleConnection connection) => _connection = connection;

    /// <summary>Rows whose stored body could not be read (skipped; the next pass replaces them).</summary>
    public long UnreadableRows => Interlocked.Read(ref _unreadable);

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the tables up to date.</summary>
    public static SuggestionStore Open(string path) => new(ModuleConnection.Open(path, Module, Migrations));

    /// <summary>Whether the home mines its activity (on unless its owner switched it off).</summary>
    public bool IsEnabled(string homeId) =>
        _connection.Query("SELECT enabled FROM suggestions_settings WHERE home_id = $home", r => r.GetInt64(0) != 0, ("$home", homeId)) is not [false];

    public void SetEnabled(string homeId, bool enabled) => _connection.Execute(
        """
        INSERT INTO suggestions_settings(home_id, enabled) VALUES($home, $on)
        ON CONFLICT(home_id) DO UPDATE SET enabled = excluded.enabled
        """,
        ("$home", homeId), ("$on", enabled ? 1 : 0));

    /// <summary>The home's suggestions with <paramref name="status"/> at <paramref name="now"/> (all of them when null), newest evidence first.</summary>
    public IReadOnlyList<StoredSuggestion> List(string homeId, SuggestionStatus? status, DateTimeOffset now)
    {
        var filter = status switch
        {
            SuggestionStatus.Open => " AND (d.status IS NULL OR (d.status = 'snoozed' AND d.snoozed_until <= $now))",
            SuggestionStatus.Snoozed => " AND d.status = 'snoozed' AND d.snoozed_until > $now",
            SuggestionStatus.Dismissed => " AND d.status = 'dismissed'",
            SuggestionStatus.Accepted => " AND d.status = 'accepted'",
            _ => "",
        };
        return Read(Select + " WHERE m.home_id = $home" + filter + " ORDER BY m.evidence DESC, m.key",
            ("$home", homeId), ("$now", now.ToUnixTimeMilliseconds()));
    }

    public StoredSuggestion? Find(string homeId, string key) =>
        Read(Select + " WHERE m.home_id = $home AND m.key = $key", ("$home", homeId), ("$key", key)) is [var one] ? one : null;

    /// <summary>The keys the miner must not produce again: dismissed and accepted ones (an accepted one exists as an automation or scene).</summary>
    public IReadOnlySet<string> SettledKeys(string homeId) => _connection.Query(
        "SELECT key FROM suggestions_decision WHERE home_id = $home AND status IN ('dismissed', 'accepted')",
        r => r.GetString(0), ("$home", homeId)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The result of a pass at <paramref name="now"/>: each suggestion is inserted or updated (its first-found time
    /// kept); an undecided suggestion the pass did not find again is deleted, since its evidence is gone.
    /// </summary>
    public void ReplaceMined(string homeId, IReadOnlyList<(Suggestion Suggestion, long? BaseVersion)> mined, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mined);
        var rows = mined.Select(m => (m.Suggestion.Key, Body: JsonSerializer.Serialize(m.Suggestion, Json),
            Evidence: StoredSuggestion.LatestEvidence(m.Suggestion, now).ToUnixTimeMilliseconds(), m.BaseVersion)).ToList();
        _connection.InTransaction((homeId, rows, now: now.ToUnixTimeMilliseconds()), static (command, s) =>
        {
            foreach (var row in s.rows)
            {
                ModuleConnection.Run(command, """
                    INSERT INTO suggestions_mined(home_id, key, body, first_found, last_mined, evidence, base_version)
                    VALUES($home, $key, $body, $now, $now, $evidence, $base)
                    ON CONFLICT(home_id, key) DO UPDATE SET body = excluded.body, last_mined = excluded.last_mined,
                        evidence = excluded.evidence, base_version = excluded.base_version
                    """,
                    ("$home", s.homeId), ("$key", row.Key), ("$body", row.Body), ("$now", s.now), ("$evidence", row.Evidence), ("$base", row.BaseVersion));
            }

            ModuleConnection.Run(command, """
                DELETE FROM suggestions_mined WHERE home_id = $home AND last_mined <> $now
                AND key NOT IN (SELECT key FROM suggestions_decision WHERE home_id = $home)
                """, ("$home", s.homeId), ("$now", s.now));
        });
    }

    /// <summary>
    /// Keeps <paramref name="decision"/> for <paramref name="key"/> (replacing an earlier one), then forgets the home's
    /// oldest decisions beyond <paramref name="keep"/>, with the rows of those no pass found since.
    /// </summary>
    public void Decide(string homeId, string key, SuggestionDecision decision, int keep)
    {
        ArgumentNullException.ThrowIfNull(decision);
        _connection.InTransaction((homeId, key, decision, keep), static (command, s) =>
        {
            ModuleConnection.Run(command, """
                INSERT INTO suggestions_decision(home_id, key, status, reason, snoozed_until, accepted_kind, accepted_id, decided_at)
                VALUES($home, $key, $status, $reason, $until, $kind, $id, $at)
                ON CONFLICT(home_id, key) DO UPDATE SET status = excluded.status, reason = excluded.reason,
                    snoozed_until = excluded.snoozed_until, accepted_kind = excluded.accepted_kind,
                    accepted_id = excluded.accepted_id, decided_at = excluded.decided_at
                """,
                ("$home", s.homeId), ("$key", s.key), ("$status", Name(s.decision.Status)), ("$reason", s.decision.Reason),
                ("$until", ModuleConnection.Ms(s.decision.SnoozedUntil)), ("$kind", s.decision.AcceptedAs?.Kind),
                ("$id", s.decision.AcceptedAs?.Id), ("$at", s.decision.DecidedAt.ToUnixTimeMilliseconds()));
            ModuleConnection.Run(command, """
                DELETE FROM suggestions_decision WHERE home_id = $home AND key NOT IN (
                    SELECT key FROM suggestions_decision WHERE home_id = $home ORDER BY decided_at DESC, key LIMIT $keep)
                """, ("$home", s.homeId), ("$keep", s.keep));
        });
    }

    /// <summary>Deletes the home's suggestions and decisions (its switch stays); how many of each.</summary>
    public (int Suggestions, int Decisions) Delete(string homeId)
    {
        var counts = (0, 0);
        _connection.InTransaction(homeId, (command, home) =>
        {
            counts = (Count(command, "DELETE FROM suggestions_mined WHERE home_id = $home", home),
                Count(command, "DELETE FROM suggestions_decision WHERE home_id = $home", home));
        });
        return counts;
    }

    public void Dispose() => _connection.Dispose();

    private List<StoredSuggestion> Read(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var rows = _connection.Query(sql, Parse, parameters);
        var list = new List<StoredSuggestion>(rows.Count);
        foreach (var parsed in rows)
        {
            if (parsed is null)
                Interlocked.Increment(ref _unreadable);
            else
                list.Add(parsed);
        }

        return list;
    }

    private static StoredSuggestion? Parse(SqliteDataReader r)
    {
        Suggestion? suggestion;
        try
        {
            suggestion = JsonSerializer.Deserialize<Suggestion>(r.GetString(2), Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (suggestion is null || suggestion.Key != r.GetString(1))
            return null;
        var decision = r.IsDBNull(6) || Status(r.GetString(6)) is not { } status ? null : new SuggestionDecision(
            status, ModuleConnection.Time(r, 11)!.Value, r.IsDBNull(7) ? null : r.GetString(7), ModuleConnection.Time(r, 8),
            r.IsDBNull(9) || r.IsDBNull(10) ? null : new SuggestionAcceptedAs(r.GetString(9), r.GetString(10)));
        return new StoredSuggestion(r.GetString(0), suggestion, ModuleConnection.Time(r, 3)!.Value, ModuleConnection.Time(r, 4)!.Value,
            r.IsDBNull(5) ? null : r.GetInt64(5), decision);
    }

    private static string Name(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Snoozed => "snoozed",
        SuggestionStatus.Dismissed => "dismissed",
        SuggestionStatus.Accepted => "accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a decision is snoozed, dismissed or accepted"),
    };

    private static SuggestionStatus? Status(string name) => name switch
    {
        "snoozed" => SuggestionStatus.Snoozed,
        "dismissed" => SuggestionStatus.Dismissed,
        "accepted" => SuggestionStatus.Accepted,
        _ => null,
    };

    private static int Count(SqliteCommand command, string sql, string homeId)
    {
        ModuleConnection.Run(command, sql, ("$home", homeId));
        command.CommandText = "SELECT changes()";
        command.Parameters.Clear();
        return (int)(long)command.ExecuteScalar()!;
    }
}
