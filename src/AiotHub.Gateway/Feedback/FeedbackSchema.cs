using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Feedback;

/// <summary>The feedback module's tables in hub.db (<see cref="ModuleSchema"/>): reports with answers, and each device's firmware start.</summary>
internal static class FeedbackSchema
{
    public const string Module = "feedback";

    public static readonly IReadOnlyList<Action<SqliteCommand>> Migrations =
    [
        // 1: reports (the context as JSON, times in Unix ms) and since when each device runs its firmware.
        ModuleSchema.Sql("""
            CREATE TABLE feedback_reports(
                id TEXT PRIMARY KEY, home_id TEXT NOT NULL, device_id TEXT NOT NULL, vendor TEXT NOT NULL, model TEXT NOT NULL,
                firmware TEXT, created INTEGER NOT NULL, category TEXT, text TEXT NOT NULL, context TEXT NOT NULL,
                answer TEXT, answered INTEGER);
            CREATE INDEX feedback_reports_home ON feedback_reports(home_id, created);
            CREATE INDEX feedback_reports_vendor ON feedback_reports(vendor, model, firmware, created);
            CREATE INDEX feedback_reports_created ON feedback_reports(created);
            CREATE TABLE feedback_firmware(device_id TEXT PRIMARY KEY, firmware TEXT, since INTEGER NOT NULL);
            """),
    ];
}
