using AiotHub.Telemetry.Recorder;
using Microsoft.Data.Sqlite;

namespace AiotHub.Telemetry.Tests.Recorder;

/// <summary>
/// What <see cref="TelemetryRecorder.WhenDurableAsync"/> promises, checked from a second connection to the file (as a
/// restarted hub would read it), and the one-row-per-(device, property, millisecond) rule, on a fresh file and an upgraded one.
/// </summary>
public sealed class TelemetryRecorderDurabilityTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-recorder-durable-").FullName;
    private readonly ManualClock _clock = new(Day.AddDays(1));

    private string PathName => Path.Combine(_directory, "telemetry.db");

    [Fact]
    public async Task SamplesAreInTheFileWhenWhenDurableAsyncCompletesLongBeforeTheFlushInterval()
    {
        // The clock never moves: only the barrier can make the loop write.
        await using var recorder = Open(TimeSpan.FromHours(1));
        recorder.Start();
        for (var i = 0; i < 3; i++)
            recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 20 + i, null, Ms(Day) + i));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM raw"));

        await recorder.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(3, Count("SELECT COUNT(*) FROM raw"));
        Assert.Equal(3, Count("SELECT count FROM agg WHERE res = 300000"));
    }

    [Fact]
    public async Task ManyWaitersAtOnceShareFewTransactionsAndAllSeeTheirSamplesOnDisk()
    {
        await using var recorder = Open(TimeSpan.FromHours(1));
        recorder.Start();
        var waiters = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            recorder.Record(new TelemetrySample($"d-{i}", "s.v", i, null, Ms(Day)));
            await recorder.WhenDurableAsync();
        })).ToArray();

        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(200, Count("SELECT COUNT(*) FROM raw"));
    }

    [Fact]
    public async Task ASecondIdenticalSampleLeavesOneRowAndTheAggregatesUnchanged()
    {
        await using var recorder = Open();
        var sample = new TelemetrySample("plug", "power.watts", 100, null, Ms(Day.AddMinutes(1)));
        recorder.Record(sample);
        recorder.Record(new TelemetrySample("plug", "power.watts", 50, null, Ms(Day.AddMinutes(2))));
        await recorder.WhenDurableAsync();
        var before = Aggregates("plug");

        // Again in a later transaction, and twice within one.
        recorder.Record(sample);
        await recorder.WhenDurableAsync();
        recorder.Record(sample with { DeviceId = "plug-2" });
        recorder.Record(sample with { DeviceId = "plug-2" });
        await recorder.WhenDurableAsync();

        Assert.Equal(2, Count("SELECT COUNT(*) FROM raw WHERE series = (SELECT id FROM series WHERE device_id = 'plug')"));
        Assert.Equal(before, Aggregates("plug"));
        var hour = recorder.History("plug", "power.watts", Day, Day.AddDays(1), TimeSpan.FromHours(1));
        Assert.Equal(new HistoryPoint(Day, 50, 100, 75, 50, 2), Assert.Single(hour.Points));
        Assert.Equal(1, Assert.Single(recorder.History("plug-2", "power.watts", Day, Day.AddDays(1), TimeSpan.FromHours(1)).Points).Count);
        var status = recorder.Status();
        Assert.Equal((3L, 2L), (status.SamplesWritten, status.SamplesDuplicate));
    }

    [Fact]
    public async Task HasSampleFindsASampleWaitingInMemoryAndOneOnFileButNoOther()
    {
        await using var recorder = Open();
        recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 21, null, 1_000));
        Assert.True(recorder.HasSample("th-1", "sensor.temperature", 1_000));
        await recorder.WhenDurableAsync();
        recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 22, null, 2_000));

        Assert.True(recorder.HasSample("th-1", "sensor.temperature", 1_000));
        Assert.True(recorder.HasSample("th-1", "sensor.temperature", 2_000));
        Assert.False(recorder.HasSample("th-1", "sensor.temperature", 1_001));
        Assert.False(recorder.HasSample("th-1", "sensor.humidity", 1_000));
        Assert.False(recorder.HasSample("th-2", "sensor.temperature", 1_000));
    }

    [Fact]
    public async Task AFileWithDuplicatesUpgradesToOneRowEachWithAggregatesCountingEachOnce()
    {
        // A telemetry.db as the recorder wrote it before the unique key: 20.0 three times at minute 1 (a redelivered
        // report recorded again), 22.0 once at minute 2; the aggregates counted all four rows.
        var t1 = Ms(Day.AddMinutes(1));
        var t2 = Ms(Day.AddMinutes(2));
        using (var old = new SqliteConnection($"Data Source={PathName};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = $"""
                CREATE TABLE series(id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, key TEXT NOT NULL, UNIQUE(device_id, key));
                CREATE TABLE raw(series INTEGER NOT NULL, t INTEGER NOT NULL, num REAL, txt TEXT);
                CREATE INDEX raw_series_t ON raw(series, t);
                CREATE TABLE agg(
                    res INTEGER NOT NULL, series INTEGER NOT NULL, bucket INTEGER NOT NULL,
                    min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL, last REAL NOT NULL, last_t INTEGER NOT NULL,
                    PRIMARY KEY(res, series, bucket)) WITHOUT ROWID;
                INSERT INTO series VALUES(1, 'th-1', 'sensor.temperature'), (2, 'tv', 'tv.app');
                INSERT INTO raw VALUES(1, {t1}, 20.0, NULL), (1, {t1}, 20.0, NULL), (1, {t2}, 22.0, NULL), (1, {t1}, 20.0, NULL),
                    (2, {t1}, NULL, '"netflix"'), (2, {t1}, NULL, '"netflix"');
                INSERT INTO agg VALUES(300000, 1, {Ms(Day)}, 20, 22, 82, 4, 22, {t2}), (3600000, 1, {Ms(Day)}, 20, 22, 82, 4, 22, {t2});
                """;
            create.ExecuteNonQuery();
        }

        await using (var recorder = Open())
        {
            Assert.Equal(2, Count("SELECT COUNT(*) FROM raw WHERE series = 1"));
            Assert.Equal(1, Count("SELECT COUNT(*) FROM raw WHERE series = 2"));
            Assert.Equal([(20.0, 22.0, 42.0, 2L), (20.0, 22.0, 42.0, 2L)], Aggregates().Select(a => (a.Min, a.Max, a.Sum, a.Count)));
            Assert.Equal(1, Count("PRAGMA user_version"));
            var minutes = recorder.History("th-1", "sensor.temperature", Day, Day.AddHours(1));
            Assert.Equal([20.0, 22.0], minutes.Points.Select(p => p.Last!.Value));

            // And from now on a third report of minute 1 is refused.
            recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 20, null, t1));
            await recorder.WhenDurableAsync();
            Assert.Equal(2, Count("SELECT COUNT(*) FROM raw WHERE series = 1"));
            Assert.Equal(2L, Aggregates()[0].Count);
        }

        // Opening an upgraded file again changes nothing.
        await using (Open())
            Assert.Equal(3, Count("SELECT COUNT(*) FROM raw"));
    }

    [Fact]
    public async Task ADroppedSampleMakesTheBarrierFaultUntilTwoFlushesHaveGoneThrough()
    {
        await using var recorder = Open(maxBuffered: 1_000);
        for (var i = 0; i < 1_001; i++)
            recorder.Record(new TelemetrySample("a", "s.v", i, null, Ms(Day) + i));
        Assert.Equal(1, recorder.Status().SamplesDropped);

        // Whoever asks now may own the dropped sample: nobody is told it is on disk.
        await Assert.ThrowsAsync<TelemetryDroppedException>(recorder.WhenDurableAsync);
        Assert.Equal(1_000, recorder.Flush());
        await Assert.ThrowsAsync<TelemetryDroppedException>(recorder.WhenDurableAsync);
        recorder.Flush();

        recorder.Record(new TelemetrySample("a", "s.v", 1, null, Ms(Day) + 5_000));
        await recorder.WhenDurableAsync();
        Assert.Equal(1_001, Count("SELECT COUNT(*) FROM raw"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private TelemetryRecorder Open(TimeSpan? flushInterval = null, int maxBuffered = 1_000_000) => TelemetryRecorder.Open(new TelemetryRecorderOptions
    {
        Path = PathName,
        FlushInterval = flushInterval ?? TimeSpan.FromHours(1),
        MaxBufferedSamples = maxBuffered,
    }, _clock);

    /// <summary>Asks the file through a connection of its own, as another process would.</summary>
    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={PathName};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<(long Res, double Min, double Max, double Sum, long Count, double Last)> Aggregates(string device = "th-1")
    {
        using var connection = new SqliteConnection($"Data Source={PathName};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT res, min, max, sum, count, last FROM agg WHERE series = (SELECT id FROM series WHERE device_id = $d) ORDER BY res";
        command.Parameters.AddWithValue("$d", device);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, double, double, double, long, double)>();
        while (reader.Read())
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetInt64(4), reader.GetDouble(5)));
        return rows;
    }

    private static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
