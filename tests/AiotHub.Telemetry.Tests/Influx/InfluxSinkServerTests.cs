using System.Text.Json;
using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.Tests.Servers;

namespace AiotHub.Telemetry.Tests.Influx;

/// <summary>The sink against real servers: everything arrives once, refusals are set aside, outages and restarts lose nothing.</summary>
public sealed class InfluxSinkServerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-sink-").FullName;

    private string OutboxPath => Path.Combine(_directory, "outbox.db");

    [Theory]
    [InlineData(InfluxApiVersion.V1)]
    [InlineData(InfluxApiVersion.V2)]
    public async Task EveryPointReachesVictoriaMetricsExactlyOnceWithItsValueAndTime(InfluxApiVersion api)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var victoria = await VictoriaMetricsServer.StartAsync(ct);
        using var http = new HttpClient();
        using var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000);
        await using (var sink = new InfluxSink(TestPoints.Fast(victoria.BaseAddress, api), outbox, http))
        {
            sink.Start();
            for (var i = 0; i < 20_000; i++)
                Assert.True(sink.Add(TestPoints.Temperature(i)));
            var status = await Eventually.MatchesAsync(sink.Status, s => s.Written == 20_000, TimeSpan.FromSeconds(30), ct);
            Assert.Equal(0, status.QueuedPoints);
        }

        AssertExactlyOnce(await victoria.ExportAsync(ct), 20_000);
    }

    [Fact]
    public async Task AnOutageWithASinkRestartInTheMiddleLosesNothingAndDuplicatesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var victoria = await VictoriaMetricsServer.StartAsync(ct);
        using var http = new HttpClient();
        var options = TestPoints.Fast(victoria.BaseAddress, InfluxApiVersion.V2);

        using (var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000))
        await using (var sink = new InfluxSink(options, outbox, http))
        {
            sink.Start();
            for (var i = 0; i < 1_000; i++)
                sink.Add(TestPoints.Temperature(i));
            await Eventually.MatchesAsync(sink.Status, s => s.Written == 1_000, TimeSpan.FromSeconds(30), ct);

            await victoria.StopAsync();
            for (var i = 1_000; i < 3_000; i++)
                sink.Add(TestPoints.Temperature(i));
            var failing = await Eventually.MatchesAsync(sink.Status, s => s.Retried > 0 && s.QueuedPoints == 2_000, TimeSpan.FromSeconds(30), ct);
            Assert.NotNull(failing.LastError);
            Assert.NotNull(failing.OldestUnsentAge);
        }

        // The hub restarted during the outage: a new sink over the same outbox file.
        using (var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000))
        await using (var sink = new InfluxSink(options, outbox, http))
        {
            Assert.Equal(2_000, outbox.Points);
            sink.Start();
            for (var i = 3_000; i < 5_000; i++)
                sink.Add(TestPoints.Temperature(i));

            await victoria.RestartAsync(ct);
            var status = await Eventually.MatchesAsync(sink.Status, s => s.Written == 4_000 && s.QueuedPoints == 0, TimeSpan.FromSeconds(60), ct);
            Assert.Equal(4_000, status.Written);
            Assert.Equal(0, status.Dropped);
        }

        AssertExactlyOnce(await victoria.ExportAsync(ct), 5_000);
    }

    [Fact]
    public async Task PointsAreInTheOutboxFileWhenWhenDurableAsyncCompletesAndLeaveItOnlyOnceTheServerHasThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var victoria = await VictoriaMetricsServer.StartAsync(ct);
        await victoria.StopAsync();
        using var http = new HttpClient();
        var options = TestPoints.Fast(victoria.BaseAddress, InfluxApiVersion.V2);
        // Only the barrier commits: the interval would take an hour.
        options.FlushInterval = TimeSpan.FromHours(1);
        using var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000);
        await using (var sink = new InfluxSink(options, outbox, http))
        {
            sink.Start();
            for (var i = 0; i < 500; i++)
                sink.Add(TestPoints.Temperature(i));
            await sink.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), ct);
            Assert.Equal(500, OutboxPointsOnFile());

            // The server is down: every try fails, and the points stay in the file.
            await Eventually.MatchesAsync(sink.Status, s => s.Retried >= 2, TimeSpan.FromSeconds(30), ct);
            Assert.Equal(500, OutboxPointsOnFile());

            await victoria.RestartAsync(ct);
            var sent = await Eventually.MatchesAsync(sink.Status, s => s.Written == 500, TimeSpan.FromSeconds(60), ct);
            Assert.Equal((500L, 0L), (sent.Written, sent.QueuedPoints));
            Assert.Equal(0, OutboxPointsOnFile());
        }

        AssertExactlyOnce(await victoria.ExportAsync(ct), 500);
    }

    [Fact]
    public async Task APointDroppedAtTheMemoryBoundMakesTheBarrierFaultUntilTheOutboxHasCommittedTwice()
    {
        using var http = new HttpClient();
        var options = TestPoints.Fast(new Uri("http://127.0.0.1:9"), InfluxApiVersion.V2);
        options.MaxBufferedPoints = 1_000;
        using var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000);
        // Not started: nothing commits but the calls below.
        await using var sink = new InfluxSink(options, outbox, http);
        for (var i = 0; i < 1_000; i++)
            Assert.True(sink.Add(TestPoints.Temperature(i)));
        Assert.False(sink.Add(TestPoints.Temperature(1_000)));
        Assert.Equal(1, sink.Status().Dropped);

        await Assert.ThrowsAsync<TelemetryDroppedException>(sink.WhenDurableAsync);
        sink.Flush();
        Assert.Equal(1_000, OutboxPointsOnFile());
        await Assert.ThrowsAsync<TelemetryDroppedException>(sink.WhenDurableAsync);
        sink.Flush();

        Assert.True(sink.Add(TestPoints.Temperature(1_001)));
        await sink.WhenDurableAsync();
        Assert.Equal(1_001, OutboxPointsOnFile());
    }

    [Fact]
    public async Task ABatchInfluxDbRefusesIsSetAsideWithTheServersMessageAndLaterPointsStillArrive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var influx = await InfluxDbServer.StartAsync(ct);
        await influx.CreateDatabaseAsync("home", ct);
        using var http = new HttpClient();
        using var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000);
        await using var sink = new InfluxSink(TestPoints.Fast(influx.BaseAddress, InfluxApiVersion.V1), outbox, http);
        sink.Start();

        sink.Add(TestPoints.Temperature(0));
        await Eventually.MatchesAsync(sink.Status, s => s.Written == 1, TimeSpan.FromSeconds(30), ct);
        // The same field as a string: InfluxDB refuses it for good (field type conflict).
        sink.Add(TestPoints.Temperature(1) with { Value = TelemetryValue.String("warm") });
        var refused = await Eventually.MatchesAsync(sink.Status, s => s.Rejected == 1, TimeSpan.FromSeconds(30), ct);
        Assert.Contains("field type conflict", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(1, outbox.RejectedPoints());

        sink.Add(TestPoints.Temperature(2));
        await Eventually.MatchesAsync(sink.Status, s => s.Written == 2, TimeSpan.FromSeconds(30), ct);
        var rows = await influx.QueryAsync("home", "SELECT temperature FROM \"temperature-humidity-sensor\"", ct);
        Assert.Equal([0.0, 0.2], rows.Single().GetProperty("values").EnumerateArray().Select(r => r[1].GetDouble()));
        Assert.Equal(0, sink.Status().Retried);
    }

    [Fact]
    public async Task AMissingDatabaseHoldsThePointsUntilItExists()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var influx = await InfluxDbServer.StartAsync(ct);
        using var http = new HttpClient();
        using var outbox = InfluxOutbox.Open(OutboxPath, 1_000_000);
        await using var sink = new InfluxSink(TestPoints.Fast(influx.BaseAddress, InfluxApiVersion.V1), outbox, http);
        sink.Start();
        for (var i = 0; i < 100; i++)
            sink.Add(TestPoints.Temperature(i));

        var held = await Eventually.MatchesAsync(sink.Status, s => s.LastError is not null, TimeSpan.FromSeconds(30), ct);
        Assert.Contains("database not found", held.LastError, StringComparison.Ordinal);
        Assert.Equal(100, held.QueuedPoints);

        await influx.CreateDatabaseAsync("home", ct);
        await Eventually.MatchesAsync(sink.Status, s => s.Written == 100, TimeSpan.FromSeconds(30), ct);
        var count = await influx.QueryAsync("home", "SELECT COUNT(temperature) FROM \"temperature-humidity-sensor\"", ct);
        Assert.Equal(100, count.Single().GetProperty("values")[0][1].GetInt64());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Points waiting in the outbox, read through a connection of its own, as a restarted hub would.</summary>
    private long OutboxPointsOnFile()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={OutboxPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(points), 0) FROM outbox";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Each of point 0..count-1 is stored once, for its device, at its time, with its value.</summary>
    private static void AssertExactlyOnce(IReadOnlyList<JsonElement> exported, int count)
    {
        var seen = new Dictionary<long, (string Device, double Value, int Times)>();
        foreach (var series in exported)
        {
            var metric = series.GetProperty("metric");
            Assert.Equal("temperature-humidity-sensor_temperature", metric.GetProperty("__name__").GetString());
            var device = metric.GetProperty("device").GetString()!;
            var values = series.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var times = series.GetProperty("timestamps").EnumerateArray().Select(t => t.GetInt64()).ToArray();
            for (var k = 0; k < times.Length; k++)
            {
                var i = times[k] - TestPoints.Start.ToUnixTimeMilliseconds();
                seen[i] = seen.TryGetValue(i, out var earlier) ? earlier with { Times = earlier.Times + 1 } : (device, values[k], 1);
            }
        }

        Assert.Equal(count, seen.Count);
        Assert.All(seen, p =>
        {
            Assert.Equal(1, p.Value.Times);
            Assert.Equal($"th-{p.Key % 10}", p.Value.Device);
            Assert.Equal(p.Key / 10.0, p.Value.Value, 9);
        });
    }
}
