using Microsoft.Data.Sqlite;

namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// telemetry.db's migrations, numbered by <c>PRAGMA user_version</c>, each in one transaction with its number, so an
/// existing file upgrades in place when the recorder opens it.
/// </summary>
internal static class TelemetryRecorderSchema
{
    /// <summary>
    /// 1: at most one raw row per (series, t). Duplicates (a redelivered report was recorded twice before) collapse to the
    /// first one; what each removed numeric row added to its 5-minute and hourly buckets is taken back out of their sum
    /// and count (min, max and last are left: a duplicate carries the same reading). Then the (series, t) index becomes
    /// unique, and the recorder inserts with ON CONFLICT DO NOTHING.
    /// </summary>
    private const string UniqueRawSamples = """
        CREATE TEMP TABLE dup AS
            SELECT r.rowid AS id, r.series AS series, r.t AS t, r.num AS num FROM raw r
            WHERE EXISTS (SELECT 1 FROM raw k WHERE k.series = r.series AND k.t = r.t AND k.rowid < r.rowid);
        UPDATE agg SET sum = agg.sum - d.s, count = agg.count - d.c
            FROM (SELECT series, t - (((t % 300000) + 300000) % 300000) AS bucket, SUM(num) AS s, COUNT(*) AS c
                  FROM temp.dup WHERE num IS NOT NULL GROUP BY 1, 2) AS d
            WHERE agg.res = 300000 AND agg.series = d.series AND agg.bucket = d.bucket AND agg.count > d.c;
        UPDATE agg SET sum = agg.sum - d.s, count = agg.count - d.c
            FROM (SELECT series, t - (((t % 3600000) + 3600000) % 3600000) AS bucket, SUM(num) AS s, COUNT(*) AS c
                  FROM temp.dup WHERE num IS NOT NULL GROUP BY 1, 2) AS d
            WHERE agg.res = 3600000 AND agg.series = d.series AND agg.bucket = d.bucket AND agg.count > d.c;
        DELETE FROM raw WHERE rowid IN (SELECT id FROM temp.dup);
        DROP TABLE temp.dup;
        DROP INDEX IF EXISTS raw_series_t;
        CREATE UNIQUE INDEX raw_series_t ON raw(series, t);
        """;

    private static readonly string[] Migrations = [UniqueRawSamples];

    /// <summary>The schema version a file has once migrated.</summary>
    public static int Version => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
            throw new InvalidOperationException($"{connection.DataSource} has schema version {version}, newer than this hub knows ({Migrations.Length}).");
        for (; version < Migrations.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = Migrations[version] + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\nPRAGMA user_version = {version + 1};");
            migrate.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
