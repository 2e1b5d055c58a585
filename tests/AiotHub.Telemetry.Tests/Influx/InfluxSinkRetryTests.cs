using System.IO.Compression;
using System.Net;
using System.Text;
using AiotHub.Telemetry.Influx;

namespace AiotHub.Telemetry.Tests.Influx;

/// <summary>How the sink waits and what it sends, with time on a manual clock (no sleeping).</summary>
public sealed class InfluxSinkRetryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-sink-retry-").FullName;
    private readonly ManualClock _clock = new(TestPoints.Start);

    [Fact]
    public async Task WaitsAsLongAsTheServersRetryAfterSaysBeforeTryingAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var handler = new ScriptedInfluxHandler(() => ScriptedInfluxHandler.Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7)));
        var options = Options();
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
        options.MaxRetryDelay = TimeSpan.FromSeconds(30);
        await using var sink = Start(handler, options, out var outbox);
        using var _ = outbox;

        sink.Add(TestPoints.Temperature(1));
        sink.Flush();
        // The retry is announced just before its delay starts on the clock.
        await Eventually.MatchesAsync(sink.Status, s => s.Retried == 1, TimeSpan.FromSeconds(10), ct);
        await Task.Delay(100, ct);

        await AdvanceAsync(TimeSpan.FromSeconds(6.9));
        Assert.Single(handler.Requests);
        await AdvanceAsync(TimeSpan.FromSeconds(0.2));
        var written = await Eventually.MatchesAsync(sink.Status, s => s.Written == 1, TimeSpan.FromSeconds(10), ct);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, written.Retried);
        Assert.Null(written.LastError);
    }

    [Fact]
    public async Task SendsGzipWithTheV2TokenToTheBucketsWriteAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        var handler = new ScriptedInfluxHandler();
        var options = Options();
        options.Token = "s3cret";
        options.Gzip = true;
        await using var sink = Start(handler, options, out var outbox);
        using var _ = outbox;

        sink.Add(TestPoints.Temperature(5));
        sink.Flush();
        await Eventually.MatchesAsync(sink.Status, s => s.Written == 1, TimeSpan.FromSeconds(10), ct);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://influx.test/api/v2/write?org=home&bucket=home&precision=ms", request.Uri.ToString());
        Assert.Equal("gzip", request.Encoding);
        Assert.Equal("Token s3cret", request.Authorization);
        using var gunzip = new GZipStream(new MemoryStream(request.Body), CompressionMode.Decompress);
        using var reader = new StreamReader(gunzip, Encoding.UTF8);
        Assert.Equal(
            "temperature-humidity-sensor,device=th-5,home=home,model=aiot.sensor.th1,room=bedroom temperature=0.5 1796112000005\n",
            await reader.ReadToEndAsync(ct));
    }

    [Fact]
    public async Task OpensTheCircuitAfterRepeatedFailuresAndSendsNothingUntilItsBreakIsOver()
    {
        var ct = TestContext.Current.CancellationToken;
        var unavailable = Enumerable.Repeat<Func<HttpResponseMessage>>(() => ScriptedInfluxHandler.Status(HttpStatusCode.ServiceUnavailable), 6).ToArray();
        var handler = new ScriptedInfluxHandler(unavailable);
        var options = Options();
        options.RetryAttempts = 0;
        options.BreakAfterFailures = 2;
        options.BreakDuration = TimeSpan.FromSeconds(60);
        options.MaxRetryDelay = TimeSpan.FromSeconds(1);
        await using var sink = Start(handler, options, out var outbox);
        using var _ = outbox;

        sink.Add(TestPoints.Temperature(1));
        sink.Flush();
        await Eventually.MatchesAsync(() => handler.Requests.Count, n => n == 1, TimeSpan.FromSeconds(10), ct);
        // The sink arms its retry delay once it has handled the failure, which may be just after the request was seen:
        // time moves on until the retry goes out (each step past MaxRetryDelay, all of them far short of the break).
        for (var step = 0; step < 20 && handler.Requests.Count < 2; step++)
            await AdvanceAsync(TimeSpan.FromSeconds(1.1));
        var open = await Eventually.MatchesAsync(sink.Status, s => s.CircuitOpen, TimeSpan.FromSeconds(10), ct);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, open.QueuedPoints);

        for (var i = 0; i < 10; i++)
            await AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, handler.Requests.Count);
        await AdvanceAsync(TimeSpan.FromSeconds(11));
        await Eventually.MatchesAsync(() => handler.Requests.Count, n => n == 3, TimeSpan.FromSeconds(10), ct);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static InfluxSinkOptions Options() => new()
    {
        Url = new Uri("http://influx.test"),
        Org = "home",
        Bucket = "home",
        FlushInterval = TimeSpan.FromSeconds(1),
    };

    private InfluxSink Start(ScriptedInfluxHandler handler, InfluxSinkOptions options, out InfluxOutbox outbox)
    {
        outbox = InfluxOutbox.Open(Path.Combine(_directory, "outbox.db"), 1_000_000);
        var sink = new InfluxSink(options, outbox, new HttpClient(handler), _clock);
        sink.Start();
        return sink;
    }

    /// <summary>Moves the clock, then lets the continuations it released run.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        _clock.Advance(by);
        await Task.Delay(50, TestContext.Current.CancellationToken);
    }
}
