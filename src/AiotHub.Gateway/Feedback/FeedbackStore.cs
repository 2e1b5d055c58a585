using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Core.Devices;
using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// Problem reports and makers' answers in hub.db (module "feedback"). A home sends at most
/// <see cref="FeedbackOptions.MaxReportsPerHomePerDay"/> in any 24 hours; the hub keeps the latest
/// <see cref="FeedbackOptions.MaxReports"/>. A row whose context cannot be read is skipped and counted, never a reason to fail a list.
/// </summary>
internal sealed class FeedbackStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private const string Columns = "id, home_id, device_id, created, category, text, context, answer, answered";

    private readonly ModuleConnection _connection;
    private readonly FeedbackOptions _options;
    private readonly TimeProvider _time;
    private long _unreadable;

    public FeedbackStore(string databasePath, IOptions<FeedbackOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = ModuleConnection.Open(databasePath, FeedbackSchema.Module, FeedbackSchema.Migrations);
        _options = options.Value;
        _time = time;
    }

    /// <summary>Rows skipped because their context could not be read (a counter for support).</summary>
    public long Unreadable => Interlocked.Read(ref _unreadable);

    /// <summary>A new report id: "fb-" and 128 random bits in hex.</summary>
    public static string NewId() => "fb-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Stores <paramref name="report"/> unless its home already sent its day's reports (false: nothing stored).</summary>
    public bool TryAdd(FeedbackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var added = false;
        var dayAgo = ModuleConnection.Ms(_time.GetUtcNow() - TimeSpan.FromDays(1));
        _connection.InTransaction((report, dayAgo), (command, state) =>
        {
            command.CommandText = "SELECT COUNT(*) FROM feedback_reports WHERE home_id = $home AND created > $since";
            command.Parameters.AddWithValue("$home", state.report.HomeId);
            command.Parameters.AddWithValue("$since", state.dayAgo);
            if ((long)command.ExecuteScalar()! >= _options.MaxReportsPerHomePerDay)
                return;
            command.Parameters.Clear();
            command.CommandText = """
                INSERT INTO feedback_reports(id, home_id, device_id, vendor, model, firmware, created, category, text, context)
                VALUES($id, $home, $device, $vendor, $model, $firmware, $created, $category, $text, $context);
                DELETE FROM feedback_reports WHERE id IN (SELECT id FROM feedback_reports ORDER BY created DESC, id LIMIT -1 OFFSET $max);
                """;
            var r = state.report;
            foreach (var (name, value) in new (string, object?)[]
                {
                    ("$id", r.Id), ("$home", r.HomeId), ("$device", r.DeviceId), ("$vendor", ProfileCatalog.VendorOf(r.Model)),
                    ("$model", r.Model), ("$firmware", r.Firmware), ("$created", ModuleConnection.Ms(r.Created)), ("$category", r.Category),
                    ("$text", r.Text), ("$context", JsonSerializer.Serialize(r.Context, Json)), ("$max", _options.MaxReports),
                })
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            command.ExecuteNonQuery();
            added = true;
        });
        return added;
    }

    /// <summary>The home's reports, newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<FeedbackReport> ForHome(string homeId, int limit) => Read(
        $"SELECT {Columns} FROM feedback_reports WHERE home_id = $home ORDER BY created DESC, id LIMIT $limit",
        ("$home", homeId), ("$limit", limit));

    /// <summary>How many reports the home has.</summary>
    public int CountForHome(string homeId) => (int)_connection.Query(
        "SELECT COUNT(*) FROM feedback_reports WHERE home_id = $home", r => r.GetInt64(0), ("$home", homeId))[0];

    /// <summary>The vendor's reports (of one model, of one firmware version, if given), newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<FeedbackReport> ForVendor(string vendor, string? model, string? firmware, int limit) => Read(
        $"""
        SELECT {Columns} FROM feedback_reports WHERE vendor = $vendor AND ($model IS NULL OR model = $model)
            AND ($firmware IS NULL OR firmware = $firmware) ORDER BY created DESC, id LIMIT $limit
        """,
        ("$vendor", vendor), ("$model", model), ("$firmware", firmware), ("$limit", limit));

    /// <summary>How many reports <see cref="ForVendor"/> would list without a limit.</summary>
    public int CountForVendor(string vendor, string? model, string? firmware) => (int)_connection.Query(
        "SELECT COUNT(*) FROM feedback_reports WHERE vendor = $vendor AND ($model IS NULL OR model = $model) AND ($firmware IS NULL OR firmware = $firmware)",
        r => r.GetInt64(0), ("$vendor", vendor), ("$model", model), ("$firmware", firmware))[0];

    /// <summary>The vendor's report counts per model and firmware version (of one model, if given).</summary>
    public IReadOnlyDictionary<(string Model, string? Firmware), int> CountByFirmware(string vendor, string? model) =>
        _connection.Query(
            "SELECT model, firmware, COUNT(*) FROM feedback_reports WHERE vendor = $vendor AND ($model IS NULL OR model = $model) GROUP BY model, firmware",
            r => (Key: (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)), Count: (int)r.GetInt64(2)),
            ("$vendor", vendor), ("$model", model))
        .ToDictionary(x => x.Key, x => x.Count);

    /// <summary>Sets the vendor's answer to its report <paramref name="id"/>; null when the vendor has no such report.</summary>
    public FeedbackReport? Answer(string vendor, string id, string text)
    {
        var answered = _time.GetUtcNow();
        _connection.Execute(
            "UPDATE feedback_reports SET answer = $text, answered = $answered WHERE id = $id AND vendor = $vendor",
            ("$text", text), ("$answered", ModuleConnection.Ms(answered)), ("$id", id), ("$vendor", vendor));
        return Read($"SELECT {Columns} FROM feedback_reports WHERE id = $id AND vendor = $vendor", ("$id", id), ("$vendor", vendor))
            .FirstOrDefault();
    }

    public void Dispose() => _connection.Dispose();

    private List<FeedbackReport> Read(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var rows = _connection.Query(sql, ReadRow, parameters);
        var unreadable = rows.Count(r => r is null);
        if (unreadable > 0)
            Interlocked.Add(ref _unreadable, unreadable);
        return [.. rows.OfType<FeedbackReport>()];
    }

    private static FeedbackReport? ReadRow(SqliteDataReader r)
    {
        FeedbackContext? context;
        try
        {
            context = JsonSerializer.Deserialize<FeedbackContext>(r.GetString(6), Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (context is null || context.Model is null || context.Commands is null || context.Availability is null)
            return null;
        var answer = r.IsDBNull(7) ? null : new FeedbackAnswer(r.GetString(7), ModuleConnection.Time(r, 8) ?? DateTimeOffset.UnixEpoch);
        return new FeedbackReport(r.GetString(0), r.GetString(1), r.GetString(2), ModuleConnection.Time(r, 3)!.Value,
            r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), context, answer);
    }
}
