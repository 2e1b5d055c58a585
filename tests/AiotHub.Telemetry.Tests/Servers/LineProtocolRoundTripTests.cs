using System.Buffers;
using System.Text.Json;
using AiotHub.Telemetry.LineProtocol;

namespace AiotHub.Telemetry.Tests.Servers;

/// <summary>
/// What the writer escapes is read back by real servers as the names and values we meant:
/// Debian's InfluxDB 1.6 and VictoriaMetrics, both given the same awkward points.
/// </summary>
public sealed class LineProtocolRoundTripTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InfluxDbReadsBackEscapedNamesTagsAndEveryFieldType()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var influx = await InfluxDbServer.StartAsync(ct);
        await influx.CreateDatabaseAsync("home", ct);

        using var write = await influx.Http.PostAsync("/write?db=home&precision=ms", Body(LinePrecision.Milliseconds), ct);
        Assert.Equal(204, (int)write.StatusCode);

        var series = await influx.QueryAsync("home", "SELECT * FROM /.*/", ct);
        var byName = series.ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["living room,main=1", "types", "客厅"], byName.Keys.Order(StringComparer.Ordinal));

        var living = Row(byName["living room,main=1"]);
        Assert.Equal("a,b=c d", living["device id"].GetString());
        Assert.Equal("say \"hi\" \\ bye\nsecond line", living["power=w, now"].GetString());
        Assert.Equal("2026-12-01T08:00:00Z", living["time"].GetString());

        var chinese = Row(byName["客厅"]);
        Assert.Equal("卧室 🛏", chinese["房间"].GetString());
        Assert.Equal(21.5, chinese["温度"].GetDouble());

        var types = Row(byName["types"]);
        Assert.Equal(-42, types["int"].GetInt64());
        Assert.Equal(1e20, types["big"].GetDouble());
        Assert.Equal(-2.5e-7, types["small"].GetDouble());
        Assert.False(types["flag"].GetBoolean());
        Assert.Equal("", types["empty"].GetString());
    }

    [Theory]
    [InlineData("/write?db=home")]
    [InlineData("/api/v2/write?org=home&bucket=home&precision=ms")]
    public async Task VictoriaMetricsReadsBackTheSamePointsOnItsV1AndV2WritePaths(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var victoria = await VictoriaMetricsServer.StartAsync(ct);
        var precision = path.Contains("precision=ms", StringComparison.Ordinal) ? LinePrecision.Milliseconds : LinePrecision.Nanoseconds;

        using var write = await victoria.Http.PostAsync(path, Body(precision), ct);
        Assert.Equal(204, (int)write.StatusCode);

        var exported = await victoria.ExportAsync(ct);
        // VictoriaMetrics names a numeric field's series <measurement>_<field> and drops string fields.
        var byName = exported.ToDictionary(e => e.GetProperty("metric").GetProperty("__name__").GetString()!);
        Assert.Contains("types_int", byName.Keys);
        Assert.Equal(-42, byName["types_int"].GetProperty("values")[0].GetDouble());
        Assert.Equal(1e20, byName["types_big"].GetProperty("values")[0].GetDouble());
        Assert.Equal(0, byName["types_flag"].GetProperty("values")[0].GetDouble());
        Assert.Equal(Time.ToUnixTimeMilliseconds(), byName["types_int"].GetProperty("timestamps")[0].GetInt64());
        var chinese = byName["客厅_温度"];
        Assert.Equal(21.5, chinese.GetProperty("values")[0].GetDouble());
        Assert.Equal("卧室 🛏", chinese.GetProperty("metric").GetProperty("房间").GetString());
    }

    private static ByteArrayContent Body(LinePrecision precision)
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new LineProtocolWriter(precision);
        writer.Measurement("living room,main=1").Tag("device id", "a,b=c d")
            .Field("power=w, now", "say \"hi\" \\ bye\nsecond line").EndLine(output, Time);
        writer.Measurement("客厅").Tag("房间", "卧室 🛏").Field("温度", 21.5).EndLine(output, Time);
        writer.Measurement("types").Field("int", -42L).Field("big", 1e20).Field("small", -2.5e-7).Field("flag", false).Field("empty", "")
            .EndLine(output, Time);
        return new ByteArrayContent(output.WrittenSpan.ToArray());
    }

    /// <summary>The series' single row as column → value.</summary>
    private static Dictionary<string, JsonElement> Row(JsonElement series)
    {
        var columns = series.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var values = series.GetProperty("values")[0].EnumerateArray().ToArray();
        return columns.Zip(values).Where(p => p.Second.ValueKind != JsonValueKind.Null).ToDictionary(p => p.First, p => p.Second);
    }
}
