using System.Buffers;
using System.Text;
using AiotHub.Telemetry.LineProtocol;

namespace AiotHub.Telemetry.Tests.LineProtocol;

public sealed class LineProtocolWriterTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 1, 8, 0, 0, 125, TimeSpan.Zero);

    [Fact]
    public void WritesMeasurementTagsEveryFieldTypeAndANanosecondTimestamp()
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter()
            .Measurement("sensor").Tag("device", "th-1").Tag("room", "bedroom")
            .Field("temperature", 21.5).Field("count", 3L).Field("on", true).Field("name", "Bedroom sensor")
            .EndLine(output, Time);

        Assert.Equal("sensor,device=th-1,room=bedroom temperature=21.5,count=3i,on=true,name=\"Bedroom sensor\" 1796112000125000000\n", Text(output));
    }

    [Theory]
    [InlineData(LinePrecision.Microseconds, "1796112000125000")]
    [InlineData(LinePrecision.Milliseconds, "1796112000125")]
    [InlineData(LinePrecision.Seconds, "1796112000")]
    public void TruncatesTheTimestampToThePrecision(LinePrecision precision, string stamp)
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter(precision).Measurement("m").Field("v", 1L).EndLine(output, Time.AddTicks(9));

        Assert.Equal($"m v=1i {stamp}\n", Text(output));
    }

    [Fact]
    public void EscapesEachPartAsItsContextRequires()
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter()
            .Measurement("living room,main=1")
            .Tag("device id", "a,b=c d")
            .Field("power=w, now", "say \"hi\" \\ bye")
            .EndLine(output);

        Assert.Equal("living\\ room\\,main=1,device\\ id=a\\,b\\=c\\ d power\\=w\\,\\ now=\"say \\\"hi\\\" \\\\ bye\"\n", Text(output));
    }

    [Fact]
    public void WritesNonAsciiTextAsUtf8AndAnUnpairedSurrogateAsTheReplacementCharacter()
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter().Measurement("客厅").Tag("房间", "卧室 🛏").Field("s", "a\ud800b").EndLine(output);

        Assert.Equal("客厅,房间=卧室\\ 🛏 s=\"a\ufffdb\"\n", Text(output));
    }

    [Fact]
    public void OmitsATagWhoseValueIsEmpty()
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter().Measurement("m").Tag("room", "").Tag("device", "d").Field("v", false).EndLine(output);

        Assert.Equal("m,device=d v=false\n", Text(output));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5e-7, "-2.5E-07")]
    [InlineData(1e20, "1E+20")]
    [InlineData(123456789.125, "123456789.125")]
    public void WritesFloatsInTheShortestFormThatReadsBackExactly(double value, string text)
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocolWriter().Measurement("m").Field("v", value).EndLine(output);

        Assert.Equal($"m v={text}\n", Text(output));
        Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, Action<LineProtocolWriter>> Unwritable => new()
    {
        { "NaN", w => w.Measurement("m").Field("v", double.NaN) },
        { "infinity", w => w.Measurement("m").Field("v", double.PositiveInfinity) },
        { "line break", w => w.Measurement("m").Tag("room", "a\nb") },
        { "line break", w => w.Measurement("m\r") },
        { "backslash", w => w.Measurement("m").Tag("path", "c:\\") },
        { "backslash", w => w.Measurement("m").Field("k\\", 1L) },
        { "empty", w => w.Measurement("") },
        { "empty", w => w.Measurement("m").Tag("", "v") },
        { "comment", w => w.Measurement("#m") },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void RefusesAPointLineProtocolCannotCarryAndWritesNothingOfIt(string reason, Action<LineProtocolWriter> build)
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new LineProtocolWriter();
        writer.Measurement("before").Field("v", 1L).EndLine(output);

        var error = Assert.Throws<LineProtocolException>(() => build(writer));
        Assert.Contains(reason, error.Message.Replace("NaN", "NaN", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        writer.Measurement("after").Field("v", 2L).EndLine(output);
        Assert.Equal("before v=1i\nafter v=2i\n", Text(output));
    }

    [Fact]
    public void RefusesToEndAPointWithoutFields()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new LineProtocolWriter();

        Assert.Throws<LineProtocolException>(() => writer.Measurement("m").Tag("t", "v").EndLine(output));
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void RejectsTagsAfterFieldsAndFieldsBeforeAMeasurement()
    {
        var writer = new LineProtocolWriter();

        Assert.Throws<InvalidOperationException>(() => writer.Field("v", 1L));
        Assert.Throws<InvalidOperationException>(() => writer.Measurement("m").Field("v", 1L).Tag("t", "v"));
    }

    [Fact]
    public void GrowsForAPointLargerThanItsScratchBuffer()
    {
        var output = new ArrayBufferWriter<byte>();
        var big = new string('x', 10_000);
        new LineProtocolWriter().Measurement("m").Field("s", big).EndLine(output);

        Assert.Equal($"m s=\"{big}\"\n", Text(output));
    }

    [Fact]
    public void AllocatesNothingPerPointOnceWarm()
    {
        var output = new ArrayBufferWriter<byte>(1 << 20);
        var writer = new LineProtocolWriter();
        void WritePoint(int i) => writer.Measurement("sensor").Tag("device", "th-1").Tag("room", "bedroom")
            .Field("temperature", 20 + (i * 0.1)).Field("count", (long)i).Field("on", (i & 1) == 0).Field("state", "ok")
            .EndLine(output, Time.AddSeconds(i));

        // Warm over the same values: the runtime's double formatting allocates 32 bytes once, the
        // first time it meets one of these values (a lazy cache of its own, not one per point).
        for (var i = 1; i <= 1_000; i++)
            WritePoint(i);
        output.ResetWrittenCount();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i <= 1_000; i++)
            WritePoint(i);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Text(ArrayBufferWriter<byte> output) => Encoding.UTF8.GetString(output.WrittenSpan);
}
