using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Events;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Serialises each event once for all the streams that deliver it: the first stream to send an event
/// builds its <see cref="HomeEventFrame"/>, the others get the same bytes. Frames hang off the event
/// itself (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), so the cache holds no more than the
/// events the hub still holds — the feed's bounded resume buffer and the streams' bounded queues —
/// and a frame is collected with its event; nothing here grows on its own.
/// </summary>
/// <remarks>
/// Not .NET 10's TypedResults.ServerSentEvents / System.Net.ServerSentEvents.SseFormatter: they format
/// each item per destination stream — serialise it (or copy it through a formatter callback) into one
/// buffer, copy that line by line into a second, format the id from a string — so every client would
/// pay again for every event; and they have no comment item for our heartbeats. The frame is three
/// fixed lines, written here once per event instead. The event's "data" is its record, written by
/// <see cref="HomeEventDataJsonConverter"/> with the API's options.
/// </remarks>
internal sealed class HomeEventFrames
{
    private const int MaxScratchBytes = 64 * 1024;

    private readonly ConditionalWeakTable<HomeEvent, Lazy<HomeEventFrame>> _frames = [];
    private readonly ConditionalWeakTable<HomeEvent, Lazy<HomeEventFrame>>.CreateValueCallback _create;
    private readonly JsonSerializerOptions _json;
    private readonly JsonWriterOptions _writer;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private long _serialized;

    public HomeEventFrames(JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
        // Compact whatever the API's options say: the JSON must fit on one "data:" line.
        _writer = new JsonWriterOptions { Encoder = json.Encoder, Indented = false };
        // The table may call this twice for one event in a race but keeps one Lazy, which serialises once.
        _create = homeEvent => new Lazy<HomeEventFrame>(() =>
        {
            Interlocked.Increment(ref _serialized);
            return Build(homeEvent.Id, homeEvent.Type, homeEvent);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Events serialised so far (each once, however many streams sent it).</summary>
    public long Serialized => Interlocked.Read(ref _serialized);

    public HomeEventFrame Get(HomeEvent homeEvent)
    {
        ArgumentNullException.ThrowIfNull(homeEvent);
        return _frames.GetValue(homeEvent, _create).Value;
    }

    /// <summary>A stream's own notice (reset, overflow): sent to one client, so not cached.</summary>
    public HomeEventFrame Notice(EventStreamNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Build(notice.Id, notice.Type, notice);
    }

    private HomeEventFrame Build<T>(long id, string type, T message)
    {
        // One scratch buffer and JSON writer per thread, dropped after an unusually large event:
        // building a frame then allocates only the frame itself.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer is { } cached && cached.Options.Encoder == _writer.Encoder ? cached : t_writer = new Utf8JsonWriter(buffer, _writer);
        try
        {
            buffer.Write("id: "u8);
            id.TryFormat(buffer.GetSpan(20), out var digits, default, CultureInfo.InvariantCulture);
            buffer.Advance(digits);
            buffer.Write("\nevent: "u8);
            Encoding.UTF8.GetBytes(type, buffer);
            buffer.Write("\ndata: "u8);
            var jsonStart = buffer.WrittenCount;
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, message, _json);
            var jsonLength = buffer.WrittenCount - jsonStart;
            buffer.Write("\n\n"u8);
            return new HomeEventFrame(buffer.WrittenSpan.ToArray(), jsonStart, jsonLength);
        }
        finally
        {
            writer.Reset(Stream.Null);
            if (buffer.Capacity > MaxScratchBytes)
                t_buffer = null;
            else
                buffer.ResetWrittenCount();
        }
    }
}
