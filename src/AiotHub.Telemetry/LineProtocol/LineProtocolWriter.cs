using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace AiotHub.Telemetry.LineProtocol;

/// <summary>
/// Writes points in InfluxDB line protocol
/// (<c>measurement[,tag=value…] field=value[,field=value…] [timestamp]\n</c>) into an
/// <see cref="IBufferWriter{T}"/> without allocating per point. A point is built in a reusable
/// scratch buffer and copied out only by <see cref="EndLine(long)"/>, so a point that cannot be
/// written (see <see cref="LineProtocolException"/>) leaves nothing behind and the writer is ready
/// for the next one.
/// </summary>
/// <remarks>
/// Escaping, as InfluxDB 1.x and 2.x parse it
/// (https://docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference/#special-characters):
/// the measurement escapes comma and space; tag keys, tag values and field keys escape comma,
/// equals sign and space; string field values are double-quoted and escape double quote and
/// backslash. Newlines cannot be carried in names or tags, and a name ending in a backslash would
/// escape the delimiter after it (InfluxDB 1.6 answers "invalid tag format"), so both are refused.
/// Integers are written with the <c>i</c> suffix (1.x has no unsigned type), floats in the shortest
/// form that reads back to the same double.
/// </remarks>
public sealed class LineProtocolWriter
{
    private static readonly long UnixEpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;
    private byte[] _line = new byte[256];
    private int _length;
    private State _state;

    public LineProtocolWriter(LinePrecision precision = LinePrecision.Nanoseconds) => Precision = precision;

    private enum NamePart
    {
        Measurement,
        TagKey,
        TagValue,
        FieldKey,
    }

    private enum Escapes
    {
        Measurement,
        Key,
        StringValue,
    }

    private enum State
    {
        Idle,
        Tags,
        Fields,
    }

    public LinePrecision Precision { get; }

    /// <summary>Starts a point, dropping any point begun and not ended.</summary>
    public LineProtocolWriter Measurement(ReadOnlySpan<char> name)
    {
        _length = 0;
        _state = State.Idle;
        if (name.IsEmpty)
            throw new LineProtocolException("the measurement is empty");
        if (name[0] == '#')
            throw new LineProtocolException("a measurement cannot start with '#' (the line would be a comment)");
        AppendName(name, NamePart.Measurement, default);
        _state = State.Tags;
        return this;
    }

    /// <summary>Adds a tag; an empty value omits the tag, as InfluxDB has no empty tag values. Tags go before fields, best sorted by key.</summary>
    public LineProtocolWriter Tag(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (_state != State.Tags)
            throw new InvalidOperationException(_state == State.Idle ? "start the point with Measurement first" : "tags must come before fields");
        if (value.IsEmpty)
            return this;
        try
        {
            Append((byte)',');
            AppendName(key, NamePart.TagKey, default);
            Append((byte)'=');
            AppendName(value, NamePart.TagValue, key);
        }
        catch (LineProtocolException)
        {
            Abandon();
            throw;
        }

        return this;
    }

    public LineProtocolWriter Field(ReadOnlySpan<char> key, double value)
    {
        if (!double.IsFinite(value))
        {
            Abandon();
            throw new LineProtocolException($"field '{key}' is {value}: line protocol has no NaN or infinity");
        }

        FieldKey(key);
        int written;
        while (!Utf8Formatter.TryFormat(value, Free(), out written))
            Grow(32);
        _length += written;
        return this;
    }

    public LineProtocolWriter Field(ReadOnlySpan<char> key, long value)
    {
        FieldKey(key);
        int written;
        while (!Utf8Formatter.TryFormat(value, Free(), out written))
            Grow(24);
        _length += written;
        Append((byte)'i');
        return this;
    }

    public LineProtocolWriter Field(ReadOnlySpan<char> key, bool value)
    {
        FieldKey(key);
        AppendAscii(value ? "true" : "false");
        return this;
    }

    public LineProtocolWriter Field(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        FieldKey(key);
        Append((byte)'"');
        AppendText(value, Escapes.StringValue);
        Append((byte)'"');
        return this;
    }

    /// <summary>Ends the point with a timestamp in Unix nanoseconds (truncated to <see cref="Precision"/>) and copies it to <paramref name="output"/>.</summary>
    public void EndLine(IBufferWriter<byte> output, long unixNanoseconds)
    {
        EnsureFields();
        Append((byte)' ');
        var stamp = Precision switch
        {
            LinePrecision.Microseconds => unixNanoseconds / 1_000,
            LinePrecision.Milliseconds => unixNanoseconds / 1_000_000,
            LinePrecision.Seconds => unixNanoseconds / 1_000_000_000,
            _ => unixNanoseconds,
        };
        int written;
        while (!Utf8Formatter.TryFormat(stamp, Free(), out written))
            Grow(24);
        _length += written;
        Flush(output);
    }

    public void EndLine(IBufferWriter<byte> output, DateTimeOffset timestamp) =>
        EndLine(output, (timestamp.UtcTicks - UnixEpochTicks) * 100);

    /// <summary>Ends the point without a timestamp: the server stamps it on arrival.</summary>
    public void EndLine(IBufferWriter<byte> output)
    {
        EnsureFields();
        Flush(output);
    }

    private void FieldKey(ReadOnlySpan<char> key)
    {
        if (_state == State.Idle)
            throw new InvalidOperationException("start the point with Measurement first");
        try
        {
            Append(_state == State.Tags ? (byte)' ' : (byte)',');
            AppendName(key, NamePart.FieldKey, default);
        }
        catch (LineProtocolException)
        {
            Abandon();
            throw;
        }

        Append((byte)'=');
        _state = State.Fields;
    }

    private void EnsureFields()
    {
        if (_state == State.Fields)
            return;
        var idle = _state == State.Idle;
        Abandon();
        if (idle)
            throw new InvalidOperationException("start the point with Measurement first");
        throw new LineProtocolException("a point needs at least one field");
    }

    private void Flush(IBufferWriter<byte> output)
    {
        Append((byte)'\n');
        var target = output.GetSpan(_length);
        _line.AsSpan(0, _length).CopyTo(target);
        output.Advance(_length);
        _length = 0;
        _state = State.Idle;
    }

    private void Abandon()
    {
        _length = 0;
        _state = State.Idle;
    }

    private void AppendName(ReadOnlySpan<char> name, NamePart part, ReadOnlySpan<char> tagKey)
    {
        if (name.IsEmpty)
            throw new LineProtocolException($"{Describe(part, tagKey)} is empty");
        if (name[^1] == '\\')
            throw new LineProtocolException($"{Describe(part, tagKey)} ends with a backslash, which would escape the delimiter after it");
        if (name.IndexOfAny('\n', '\r') >= 0)
            throw new LineProtocolException($"{Describe(part, tagKey)} contains a line break, which line protocol cannot carry");
        AppendText(name, part == NamePart.Measurement ? Escapes.Measurement : Escapes.Key);
    }

    private static string Describe(NamePart part, ReadOnlySpan<char> tagKey) => part switch
    {
        NamePart.Measurement => "the measurement",
        NamePart.TagKey => "a tag key",
        NamePart.TagValue => $"the value of tag '{tagKey}'",
        _ => "a field key",
    };

    /// <summary>Appends UTF-8, a backslash before each character the context escapes; an unpaired surrogate becomes U+FFFD, as UTF8Encoding does.</summary>
    private void AppendText(ReadOnlySpan<char> text, Escapes escapes)
    {
        while (!text.IsEmpty)
        {
            Rune.DecodeFromUtf16(text, out var rune, out var consumed);
            text = text[consumed..];
            if (rune.IsAscii)
            {
                var b = (byte)rune.Value;
                if (NeedsEscape(b, escapes))
                    Append((byte)'\\');
                Append(b);
                continue;
            }

            int written;
            while (!rune.TryEncodeToUtf8(Free(), out written))
                Grow(4);
            _length += written;
        }
    }

    private static bool NeedsEscape(byte b, Escapes escapes) => escapes switch
    {
        Escapes.Measurement => b is (byte)',' or (byte)' ',
        Escapes.Key => b is (byte)',' or (byte)' ' or (byte)'=',
        _ => b is (byte)'"' or (byte)'\\',
    };

    private void AppendAscii(string text)
    {
        foreach (var c in text)
            Append((byte)c);
    }

    private void Append(byte b)
    {
        if (_length == _line.Length)
            Grow(1);
        _line[_length++] = b;
    }

    private Span<byte> Free() => _line.AsSpan(_length);

    private void Grow(int atLeast)
    {
        Array.Resize(ref _line, Math.Max(_line.Length * 2, _length + atLeast));
    }
}
