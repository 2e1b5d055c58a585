using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>
/// The "voice-learning" tables in hub.db (<see cref="ModuleSchema"/>): each home's not-understood utterances, its
/// per-intent counts, its taught utterances and whether it keeps the log. Two connections: what the household
/// decides (teaching, deleting, the switch) is committed durably before it returns; what every utterance records (a
/// log row, a count) is committed without waiting for the disk (WAL with synchronous=NORMAL), so an answer never
/// waits for an fsync — a power cut may lose the last few seconds of log and counts, never a decision.
/// </summary>
public sealed class VoiceLearningStore : IDisposable
{
    public const string Module = "voice-learning";

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: the tables.
        ModuleSchema.Sql("""
            CREATE TABLE voice_not_understood(
                id INTEGER PRIMARY KEY AUTOINCREMENT, home_id TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL,
                language TEXT NOT NULL, intent TEXT NOT NULL, answer TEXT NOT NULL, count INTEGER NOT NULL,
                first_said INTEGER NOT NULL, last_said INTEGER NOT NULL, UNIQUE(home_id, key));
            CREATE INDEX voice_not_understood_recent ON voice_not_understood(home_id, last_said);
            CREATE TABLE voice_intent_counts(
                home_id TEXT NOT NULL, intent TEXT NOT NULL, language TEXT NOT NULL, count INTEGER NOT NULL,
                PRIMARY KEY(home_id, intent, language));
            CREATE TABLE voice_taught(
                id INTEGER PRIMARY KEY AUTOINCREMENT, home_id TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, UNIQUE(home_id, key));
            CREATE TABLE voice_learning_settings(home_id TEXT PRIMARY KEY, log_enabled INTEGER NOT NULL);
            """),
    ];

    private readonly ModuleConnection _durable;
    private readonly ModuleConnection _log;

    private VoiceLearningStore(ModuleConnection durable, ModuleConnection log)
    {
        _durable = durable;
        _log = log;
    }

    /// <summary>Opens hub.db at <paramref name="path"/> and brings the tables up to date.</summary>
    public static VoiceLearningStore Open(string path)
    {
        var durable = ModuleConnection.Open(path, Module, Migrations);
        try
        {
            var log = ModuleConnection.Open(path, Module, Migrations);
            log.Execute("PRAGMA synchronous=NORMAL");
            return new VoiceLearningStore(durable, log);
        }
        catch
        {
            durable.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Counts one utterance under its intent and language and, when <paramref name="logged"/> is given, keeps it in the
    /// not-understood log (a repeat of the same key counts up); then trims the log to the newest <paramref name="keep"/>.
    /// <paramref name="maxIntents"/> bounds the distinct (intent, language) pairs a home counts.
    /// </summary>
    public void Record(string homeId, string intent, string language, (string Key, string Text, string Answer)? logged, DateTimeOffset now, int keep, int maxIntents) =>
        _log.InTransaction((homeId, intent, language, logged, now, keep, maxIntents), static (command, s) =>
        {
            ModuleConnection.Run(command, """
                INSERT INTO voice_intent_counts(home_id, intent, language, count)
                SELECT $home, $intent, $language, 1
                WHERE EXISTS (SELECT 1 FROM voice_intent_counts WHERE home_id = $home AND intent = $intent AND language = $language)
                   OR (SELECT COUNT(*) FROM voice_intent_counts WHERE home_id = $home) < $max
                ON CONFLICT(home_id, intent, language) DO UPDATE SET count = count + 1
                """, ("$home", s.homeId), ("$intent", s.intent), ("$language", s.language), ("$max", s.maxIntents));
            if (s.logged is not { } entry)
                return;
            ModuleConnection.Run(command, """
                INSERT INTO voice_not_understood(home_id, key, text, language, intent, answer, count, first_said, last_said)
                VALUES($home, $key, $text, $language, $intent, $answer, 1, $now, $now)
                ON CONFLICT(home_id, key) DO UPDATE SET text = excluded.text, language = excluded.language, intent = excluded.intent,
                    answer = excluded.answer, count = count + 1, last_said = excluded.last_said;
                DELETE FROM voice_not_understood WHERE home_id = $home AND id NOT IN (
                    SELECT id FROM voice_not_understood WHERE home_id = $home ORDER BY last_said DESC, id DESC LIMIT $keep);
                """,
                ("$home", s.homeId), ("$key", entry.Key), ("$text", entry.Text), ("$language", s.language), ("$intent", s.intent),
                ("$answer", entry.Answer), ("$now", s.now.ToUnixTimeMilliseconds()), ("$keep", s.keep));
        });

    /// <summary>The home's not-understood utterances, newest first.</summary>
    public IReadOnlyList<NotUnderstoodUtterance> ListNotUnderstood(string homeId) => _log.Query(
        """
        SELECT id, text, language, intent, answer, count, first_said, last_said FROM voice_not_understood
        WHERE home_id = $home ORDER BY last_said DESC, id DESC
        """,
        r => new NotUnderstoodUtterance(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            (int)Math.Min(r.GetInt64(5), int.MaxValue), ModuleConnection.Time(r, 6)!.Value, ModuleConnection.Time(r, 7)!.Value),
        ("$home", homeId));

    public NotUnderstoodUtterance? FindNotUnderstood(string homeId, long id) =>
        ListNotUnderstood(homeId).FirstOrDefault(u => u.Id == id);

    /// <summary>Deletes one entry (by id) or, with null, the home's whole log; how many were deleted.</summary>
    public int DeleteNotUnderstood(string homeId, long? id) => id is { } one
        ? Count(_durable, "DELETE FROM voice_not_understood WHERE home_id = $home AND id = $id; SELECT changes()", ("$home", homeId), ("$id", one))
        : Count(_durable, "DELETE FROM voice_not_understood WHERE home_id = $home; SELECT changes()", ("$home", homeId));

    /// <summary>Deletes the log entry of a normalised utterance (once it is taught).</summary>
    public void DeleteNotUnderstood(string homeId, string key) =>
        _durable.Execute("DELETE FROM voice_not_understood WHERE home_id = $home AND key = $key", ("$home", homeId), ("$key", key));

    /// <summary>The home's counts, by intent then language.</summary>
    public IReadOnlyList<VoiceIntentCount> ListIntentCounts(string homeId) => _log.Query(
        "SELECT intent, language, count FROM voice_intent_counts WHERE home_id = $home ORDER BY intent, language",
        r => new VoiceIntentCount(r.GetString(0), r.GetString(1), r.GetInt64(2)),
        ("$home", homeId));

    public int DeleteIntentCounts(string homeId) =>
        Count(_durable, "DELETE FROM voice_intent_counts WHERE home_id = $home; SELECT changes()", ("$home", homeId));

    /// <summary>Inserts or replaces the home's mapping of <paramref name="key"/>; the row id.</summary>
    public long SaveTaught(string homeId, string key, Func<long, string> body)
    {
        long id = 0;
        _durable.InTransaction((homeId, key, body), (command, s) =>
        {
            // Replacing keeps the id, so the app's link to it stays good.
            command.Parameters.Clear();
            command.CommandText = """
                INSERT INTO voice_taught(home_id, key, body) VALUES($home, $key, '') ON CONFLICT(home_id, key) DO NOTHING;
                SELECT id FROM voice_taught WHERE home_id = $home AND key = $key;
                """;
            command.Parameters.AddWithValue("$home", s.homeId);
            command.Parameters.AddWithValue("$key", s.key);
            id = (long)command.ExecuteScalar()!;
            ModuleConnection.Run(command, "UPDATE voice_taught SET body = $body WHERE id = $id", ("$body", s.body(id)), ("$id", id));
        });
        return id;
    }

    public bool DeleteTaught(string homeId, long id) =>
        Count(_durable, "DELETE FROM voice_taught WHERE home_id = $home AND id = $id; SELECT changes()", ("$home", homeId), ("$id", id)) > 0;

    /// <summary>Every home's taught utterances' bodies, with their home, by id.</summary>
    public IReadOnlyList<(string HomeId, string Body)> LoadTaught() =>
        _durable.Query("SELECT home_id, body FROM voice_taught ORDER BY id", r => (r.GetString(0), r.GetString(1)));

    public void SaveLogEnabled(string homeId, bool enabled) => _durable.Execute(
        """
        INSERT INTO voice_learning_settings(home_id, log_enabled) VALUES($home, $on)
        ON CONFLICT(home_id) DO UPDATE SET log_enabled = excluded.log_enabled
        """,
        ("$home", homeId), ("$on", enabled ? 1 : 0));

    /// <summary>The homes that switched their log off.</summary>
    public IReadOnlyList<string> LoadLogDisabled() =>
        _durable.Query("SELECT home_id FROM voice_learning_settings WHERE log_enabled = 0", r => r.GetString(0));

    public void Dispose()
    {
        _log.Dispose();
        _durable.Dispose();
    }

    private static int Count(ModuleConnection connection, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        (int)connection.Query(sql, r => r.GetInt64(0), parameters)[0];
}
