using System.Buffers;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Core.Events;
using AiotHub.Gateway.Events;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks;

/// <summary>
/// One property-changed event sent to <see cref="Subscribers"/> SSE streams: serialised per stream
/// into a string and then UTF-8 (the streams before issue 13), against <see cref="HomeEventFrames"/>
/// (serialised once, the same bytes written to every stream). Each operation is a fresh event, so the
/// second includes building its frame once.
/// </summary>
[MemoryDiagnoser]
public class EventStreamBenchmarks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HomeEventFrames _frames = new(Json);
    private readonly JsonElement _old = JsonDocument.Parse("20").RootElement.Clone();
    private readonly JsonElement _new = JsonDocument.Parse("70").RootElement.Clone();
    private long _id;

    [Params(1, 10, 100)]
    public int Subscribers { get; set; }

    private HomeEvent Next() => new(++_id, "home", DateTimeOffset.UnixEpoch, "lamp-1",
        new PropertyChanged("light.brightness", _old, _new));

    [Benchmark(Baseline = true)]
    public void SerialisedPerStream()
    {
        var homeEvent = Next();
        for (var i = 0; i < Subscribers; i++)
        {
            var text = $"id: {homeEvent.Id}\nevent: {homeEvent.Type}\ndata: {JsonSerializer.Serialize(homeEvent, Json)}\n\n";
            Stream.Null.Write(Encoding.UTF8.GetBytes(text));
        }
    }

    [Benchmark]
    public void SerialisedOnce()
    {
        var homeEvent = Next();
        for (var i = 0; i < Subscribers; i++)
            Stream.Null.Write(_frames.Get(homeEvent).ServerSentEvent.Span);
    }

    /// <summary>What TypedResults.ServerSentEvents&lt;HomeEvent&gt; does: SseFormatter serialising the item for each stream.</summary>
    [Benchmark]
    public void SseFormatterPerStream()
    {
        var homeEvent = Next();
        for (var i = 0; i < Subscribers; i++)
        {
            SseFormatter.WriteAsync(One(new SseItem<HomeEvent>(homeEvent, homeEvent.Type) { EventId = homeEvent.Id.ToString(CultureInfo.InvariantCulture) }), Stream.Null,
                static (item, buffer) =>
                {
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, item.Data, Json);
                }).GetAwaiter().GetResult();
        }
    }

    /// <summary>SseFormatter given the JSON already serialised once: it still copies and frames it for each stream.</summary>
    [Benchmark]
    public void SseFormatterSharedJson()
    {
        var homeEvent = Next();
        var json = _frames.Get(homeEvent).Json;
        for (var i = 0; i < Subscribers; i++)
        {
            SseFormatter.WriteAsync(One(new SseItem<ReadOnlyMemory<byte>>(json, homeEvent.Type) { EventId = homeEvent.Id.ToString(CultureInfo.InvariantCulture) }), Stream.Null,
                static (item, buffer) => buffer.Write(item.Data.Span)).GetAwaiter().GetResult();
        }
    }

#pragma warning disable CS1998 // a one-item async stream, as a live stream's enumerator yields
    private static async IAsyncEnumerable<T> One<T>(T item)
    {
        yield return item;
    }
#pragma warning restore CS1998
}
