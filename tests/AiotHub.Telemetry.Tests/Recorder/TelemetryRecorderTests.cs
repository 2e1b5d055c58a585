using AiotHub.Telemetry.Recorder;

namespace AiotHub.Telemetry.Tests.Recorder;

public sealed class TelemetryRecorderTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-recorder-").FullName;
    private readonly ManualClock _clock = new(Day.AddDays(1));

    [Fact]
    public async Task ShortRangesAnswerEverySampleNumbersAndTextAlike()
    {
        await using var recorder = Open();
        recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 21.5, null, Ms(Day.AddMinutes(1))));
        recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 22.0, null, Ms(Day.AddMinutes(2))));
        recorder.Record(new TelemetrySample("tv", "television.current-app", null, "\"netflix\"", Ms(Day.AddMinutes(3))));

        var temperature = recorder.History("th-1", "sensor.temperature", Day, Day.AddHours(1));
        var app = recorder.History("tv", "television.current-app", Day, Day.AddHours(1));

        Assert.Equal(HistoryResolution.Raw, temperature.Resolution);
        Assert.Equal([21.5, 22.0], temperature.Points.Select(p => p.Last!.Value));
        Assert.Equal(Day.AddMinutes(2), temperature.Points[1].Time);
        Assert.Equal("\"netflix\"", Assert.Single(app.Points).Text);
    }

    [Fact]
    public async Task AggregatesKeepMinMaxMeanLastAndCountAcrossFlushes()
    {
        await using var recorder = Open();
        // 0..59 over the first hour, one a minute, flushed in three batches.
        for (var i = 0; i < 60; i++)
        {
            recorder.Record(new TelemetrySample("plug", "power.watts", i, null, Ms(Day.AddMinutes(i))));
            if (i % 20 == 19)
                recorder.Flush();
        }

        var fiveMinutes = recorder.History("plug", "power.watts", Day, Day.AddHours(1), TimeSpan.FromMinutes(5));
        var hourly = recorder.History("plug", "power.watts", Day, Day.AddDays(1), TimeSpan.FromHours(1));

        Assert.Equal(HistoryResolution.FiveMinutes, fiveMinutes.Resolution);
        Assert.Equal(12, fiveMinutes.Points.Count);
        Assert.Equal(new HistoryPoint(Day.AddMinutes(5), 5, 9, 7, 9, 5), fiveMinutes.Points[1]);
        Assert.Equal(HistoryResolution.Hourly, hourly.Resolution);
        Assert.Equal(new HistoryPoint(Day, 0, 59, 29.5, 59, 60), Assert.Single(hourly.Points));
    }

    [Theory]
    [InlineData(1, null, HistoryResolution.Raw)]
    [InlineData(24, 300, HistoryResolution.FiveMinutes)]
    [InlineData(24 * 30, 3600, HistoryResolution.Hourly)]
    public async Task ChoosesAStepThatKeepsTheChartNear720Points(int hours, int? stepSeconds, HistoryResolution resolution)
    {
        await using var recorder = Open();
        recorder.Record(new TelemetrySample("th-1", "sensor.temperature", 20, null, Ms(Day.AddMinutes(10))));
        _clock.Advance(TimeSpan.FromDays(1));

        var history = recorder.History("th-1", "sensor.temperature", Day, Day.AddHours(hours));

        Assert.Equal(resolution, history.Resolution);
        Assert.Equal(stepSeconds, (int?)history.Step?.TotalSeconds);
        Assert.Single(history.Points);
    }

    [Fact]
    public async Task BucketsSmallerThanFiveMinutesComeFromRawSamples()
    {
        await using var recorder = Open();
        for (var i = 0; i < 120; i++)
            recorder.Record(new TelemetrySample("th-1", "sensor.temperature", i % 2, null, Ms(Day.AddSeconds(i))));

        var history = recorder.History("th-1", "sensor.temperature", Day, Day.AddMinutes(2), TimeSpan.FromSeconds(30));

        Assert.Equal(HistoryResolution.RawBuckets, history.Resolution);
        Assert.Equal(4, history.Points.Count);
        Assert.All(history.Points, p => Assert.Equal((0.0, 1.0, 0.5, 30L), (p.Min!.Value, p.Max!.Value, p.Mean!.Value, p.Count)));
    }

    [Fact]
    public async Task RetentionDropsRawSamplesFirstAndOldRangesAreAnsweredFromAggregates()
    {
        await using var recorder = Open();
        for (var i = 0; i < 12; i++)
            recorder.Record(new TelemetrySample("th-1", "sensor.temperature", i, null, Ms(Day.AddMinutes(i * 5))));
        recorder.Flush();
        _clock.Advance(TimeSpan.FromDays(10));

        var deleted = recorder.ApplyRetention(_clock.GetUtcNow());
        var history = recorder.History("th-1", "sensor.temperature", Day, Day.AddHours(1));

        Assert.Equal(12, deleted);
        Assert.Equal(HistoryResolution.FiveMinutes, history.Resolution);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (double)i), history.Points.Select(p => p.Last!.Value));
    }

    [Fact]
    public async Task KeepsEverythingAcrossReopeningAndPurgesOneDevice()
    {
        await using (var recorder = Open())
        {
            recorder.Record(new TelemetrySample("a", "s.v", 1, null, Ms(Day)));
            recorder.Record(new TelemetrySample("b", "s.v", 2, null, Ms(Day)));
        }

        await using var reopened = Open();
        reopened.Record(new TelemetrySample("a", "s.v", 3, null, Ms(Day.AddMinutes(1))));
        Assert.Equal([1.0, 3.0], reopened.History("a", "s.v", Day, Day.AddHours(1)).Points.Select(p => p.Last!.Value));
        Assert.Equal(2, reopened.Status().Series);

        // Two raw samples, one 5-minute and one hourly bucket.
        Assert.Equal(4, reopened.Purge("a"));
        Assert.Empty(reopened.History("a", "s.v", Day, Day.AddHours(1)).Points);
        Assert.Single(reopened.History("b", "s.v", Day, Day.AddHours(1)).Points);
        Assert.True(reopened.Status().DatabaseBytes > 0);
        // All of a device's data takes its series with it; a later sample starts a new one.
        Assert.Equal(1, reopened.Status().Series);
        reopened.Record(new TelemetrySample("a", "s.v", 5, null, Ms(Day.AddMinutes(2))));
        Assert.Equal([5.0], reopened.History("a", "s.v", Day, Day.AddHours(1)).Points.Select(p => p.Last!.Value));
    }

    [Fact]
    public async Task PurgingPartOfADevicesDataKeepsItsSeriesAndCanLeaveTheFileSizeAlone()
    {
        await using var recorder = Open();
        recorder.Record(new TelemetrySample("a", "s.v", 1, null, Ms(Day)));
        recorder.Record(new TelemetrySample("a", "s.v", 2, null, Ms(Day.AddHours(2))));

        Assert.Equal(3, recorder.Purge("a", Day.AddHours(1), reclaimSpace: false));

        Assert.Equal(1, recorder.Status().Series);
        Assert.Equal([2.0], recorder.History("a", "s.v", Day, Day.AddHours(3)).Points.Select(p => p.Last!.Value));
    }

    [Fact]
    public async Task DropsAndCountsSamplesPastTheMemoryBound()
    {
        await using var recorder = Open(maxBuffered: 1_000);
        for (var i = 0; i < 1_005; i++)
            recorder.Record(new TelemetrySample("a", "s.v", i, null, Ms(Day) + i));

        Assert.Equal(5, recorder.Status().SamplesDropped);
        Assert.Equal(1_000, recorder.Flush());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private TelemetryRecorder Open(int maxBuffered = 1_000_000) => TelemetryRecorder.Open(new TelemetryRecorderOptions
    {
        Path = Path.Combine(_directory, "telemetry.db"),
        MaxBufferedSamples = maxBuffered,
    }, _clock);

    private static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
