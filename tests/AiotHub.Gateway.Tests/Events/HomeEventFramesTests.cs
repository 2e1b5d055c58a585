using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Events;

namespace AiotHub.Gateway.Tests.Events;

/// <summary>The frames the live streams send: built once per event, whatever the number of streams.</summary>
public sealed class HomeEventFramesTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static HomeEvent Availability(long id) => new(id, "home",
        DateTimeOffset.UnixEpoch, "lamp-1", new AvailabilityChanged(AvailabilityState.Offline, "last-will", AvailabilityState.Online));

    [Fact]
    public void AnEventIsSerialisedOnceAndEveryCallerGetsTheSameBytes()
    {
        var frames = new HomeEventFrames(Json);
        var homeEvent = Availability(7);

        var callers = Enumerable.Range(0, 16).AsParallel().Select(_ => frames.Get(homeEvent)).ToList();

        Assert.Equal(1, frames.Serialized);
        Assert.All(callers, frame => Assert.Same(callers[0], frame));
        Assert.True(MemoryMarshal.TryGetArray(callers[0].ServerSentEvent, out var sse));
        Assert.True(MemoryMarshal.TryGetArray(callers[0].Json, out var json));
        Assert.Same(sse.Array, json.Array);
    }

    [Fact]
    public void TheFrameIsTheEventStreamFormatWithTheCompactJsonOnOneDataLine()
    {
        var frames = new HomeEventFrames(new JsonSerializerOptions(Json) { WriteIndented = true });
        var homeEvent = Availability(12345678901);

        var frame = frames.Get(homeEvent);

        var compact = JsonSerializer.Serialize(homeEvent, Json);
        Assert.Equal($"id: 12345678901\nevent: availability-changed\ndata: {compact}\n\n", Encoding.UTF8.GetString(frame.ServerSentEvent.Span));
        Assert.Equal(compact, Encoding.UTF8.GetString(frame.Json.Span));
        Assert.Contains("\"state\":\"offline\"", compact, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentEventsAreSerialisedEachAndNoticesAreNotCounted()
    {
        var frames = new HomeEventFrames(Json);

        var first = frames.Get(Availability(1));
        var second = frames.Get(Availability(2));
        var notice = frames.Notice(new EventStreamNotice(EventStreamNotice.ResetType, 2, "refetch"));

        Assert.NotSame(first, second);
        Assert.Equal(2, frames.Serialized);
        Assert.StartsWith("id: 2\nevent: reset\ndata: {\"type\":\"reset\",\"id\":2,", Encoding.UTF8.GetString(notice.ServerSentEvent.Span), StringComparison.Ordinal);
    }
}
