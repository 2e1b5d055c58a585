using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Events;
using AiotHub.Gateway.Tests.Apis;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Events;

/// <summary>
/// /api/v1/homes/{homeId}/events and /events/ws against the real hub, with a device talking MQTT to
/// its embedded broker: what an app sees live, and what it gets back after reconnecting.
/// </summary>
public sealed class EventsApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Events = "/api/v1/homes/home/events";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static bool Key(JsonElement data, string key) => data.GetProperty("data").GetProperty("key").GetString() == key;

    [Fact]
    public async Task APropertyReportAppearsOnTheStreamWithItsOldAndNewValues()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await using var stream = await SseStream.OpenAsync(http, $"{Events}?types=property-changed", Ct);

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType!.MediaType);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":20}}""", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":20}}""", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":70}}""", Ct);

        var first = await stream.NextAsync(Ct);
        var second = await stream.NextAsync(Ct);
        Assert.Equal("property-changed", first.Type);
        Assert.Equal("property-changed", first.Data.GetProperty("type").GetString());
        Assert.Equal("lamp-1", first.Data.GetProperty("deviceId").GetString());
        Assert.Equal("home", first.Data.GetProperty("homeId").GetString());
        Assert.Equal(first.Id, first.Data.GetProperty("id").GetInt64());
        Assert.Equal("light.brightness", first.Data.GetProperty("data").GetProperty("key").GetString());
        Assert.False(first.Data.GetProperty("data").TryGetProperty("old", out _));
        Assert.Equal(20, first.Data.GetProperty("data").GetProperty("new").GetInt32());
        // The repeated 20 is no change; the next event is 20 → 70.
        Assert.Equal(20, second.Data.GetProperty("data").GetProperty("old").GetInt32());
        Assert.Equal(70, second.Data.GetProperty("data").GetProperty("new").GetInt32());
        Assert.True(second.Id > first.Id);
    }

    [Fact]
    public async Task ACommandShowsPendingThenItsDesiredValueThenApplied()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await using var stream = await SseStream.OpenAsync(http, $"{Events}?types=desired-changed,command-updated", Ct);

        var response = await http.PostAsync("/api/v1/homes/home/devices/lamp-1/properties",
            new StringContent("""{"values":{"light.on":true}}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (_, body) = await lamp.NextCommandAsync(Ct);
        var id = body.GetProperty("id").GetString()!;
        await lamp.ReplyAsync(id, 0, Ct);

        // The command is recorded first, then the desired values it asks for.
        var pending = await stream.NextAsync(Ct);
        var desired = await stream.NextAsync(Ct);
        var applied = await stream.NextAsync(Ct);
        Assert.Equal("desired-changed", desired.Type);
        Assert.True(desired.Data.GetProperty("data").GetProperty("new").GetBoolean());
        Assert.Equal(id, desired.Data.GetProperty("data").GetProperty("commandId").GetString());
        Assert.Equal(("command-updated", id, "pending"), (pending.Type, pending.Data.GetProperty("data").GetProperty("id").GetString(), pending.Data.GetProperty("data").GetProperty("status").GetString()));
        Assert.Equal(("command-updated", id, "applied"), (applied.Type, applied.Data.GetProperty("data").GetProperty("id").GetString(), applied.Data.GetProperty("data").GetProperty("status").GetString()));
        Assert.Equal(0, applied.Data.GetProperty("data").GetProperty("code").GetInt32());
        Assert.True(applied.Data.GetProperty("data").GetProperty("latencyMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task ADeviceGoingOfflineByItsLastWillAppears()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await using var stream = await SseStream.OpenAsync(http, $"{Events}?types=availability-changed", Ct);

        lamp.Vanish();

        var offline = await stream.NextAsync(Ct);
        Assert.Equal("availability-changed", offline.Type);
        Assert.Equal("lamp-1", offline.Data.GetProperty("deviceId").GetString());
        Assert.Equal("offline", offline.Data.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal("last-will", offline.Data.GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal("online", offline.Data.GetProperty("data").GetProperty("previous").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ResumingAfterADisconnectDeliversExactlyTheMissedEvents(bool header)
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        long seen;
        await using (var stream = await SseStream.OpenAsync(http, Events, Ct))
        {
            await lamp.PublishAsync("properties", """{"values":{"light.brightness":1}}""", Ct);
            seen = (await stream.NextAsync("property-changed", d => d.GetProperty("data").GetProperty("new").GetInt32() == 1, Ct)).Id!.Value;
        }

        // The hub noticed the disconnect and let go of the stream's subscription.
        Assert.True(await WaitUntilAsync(() => hub.Registry.Events.SubscriberCount == 0, Ct));

        // Missed while disconnected.
        for (var i = 2; i <= 6; i++)
            await lamp.PublishAsync("properties", BrightnessReport(i), Ct);
        Assert.True(await WaitUntilAsync(() => Brightness(hub) == 6, Ct));
        var newest = hub.Registry.Events.LastId;

        var path = header ? Events : $"{Events}?lastEventId={seen}";
        await using var resumed = await SseStream.OpenAsync(http, path, Ct, header ? seen.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":7}}""", Ct);
        var received = new List<SseEvent>();
        while (received.Count == 0 || received[^1].Data.GetProperty("data").GetProperty("new").GetInt32() != 7)
            received.Add(await resumed.NextAsync(Ct));

        // One home, so every id after the one seen is this stream's: consecutive, none twice, none skipped.
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => seen + i), received.Select(e => e.Id!.Value));
        Assert.True(received[^1].Id > newest);
        Assert.Equal([2, 3, 4, 5, 6, 7], received.Select(e => e.Data.GetProperty("data").GetProperty("new").GetInt32()));
    }

    [Fact]
    public async Task AnIdOlderThanTheBufferOrFromAnotherRunGetsAResetThenLiveEvents()
    {
        await using var hub = new DeviceHub(("Events:BufferCapacity", "3"));
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        for (var i = 1; i <= 5; i++)
            await lamp.PublishAsync("properties", BrightnessReport(i), Ct);
        Assert.True(await WaitUntilAsync(() => Brightness(hub) == 5, Ct));
        var newest = hub.Registry.Events.LastId;

        await using var tooOld = await SseStream.OpenAsync(http, Events, Ct, lastEventId: "1");
        await using var future = await SseStream.OpenAsync(http, $"{Events}?lastEventId={newest + 1000}", Ct);
        var reset = await tooOld.NextAsync(Ct);
        Assert.Equal(("reset", newest), (reset.Type, reset.Id!.Value));
        Assert.Equal("reset", reset.Data.GetProperty("type").GetString());
        Assert.Equal("reset", (await future.NextAsync(Ct)).Type);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":9}}""", Ct);
        var live = await tooOld.NextAsync(Ct);
        Assert.Equal(9, live.Data.GetProperty("data").GetProperty("new").GetInt32());
        Assert.Equal(newest + 1, live.Id);
    }

    [Fact]
    public async Task TheWebSocketDeliversTheSameMessagesAsTheEventStream()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":33}}""", Ct);
        Assert.True(await WaitUntilAsync(() => Brightness(hub) == 33, Ct));
        var newest = hub.Registry.Events.LastId;

        await using var sse = await SseStream.OpenAsync(http, Events, Ct, lastEventId: "0");
        var client = hub.CreateWebSocketClient();
        using var socket = await client.ConnectAsync(new Uri(hub.CreateHttpClient().BaseAddress!, "/api/v1/homes/home/events/ws?lastEventId=0"), Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.brightness":44}}""", Ct);

        var fromSse = new List<string>();
        var fromSocket = new List<string>();
        for (var i = 0; i < newest + 1; i++)
        {
            fromSse.Add((await sse.NextAsync(Ct)).Text);
            fromSocket.Add(await ReceiveTextAsync(socket));
        }

        Assert.Equal(fromSse, fromSocket);
        Assert.Contains(fromSocket, m => m.Contains("\"new\":44", StringComparison.Ordinal));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.Events.SubscriberCount == 1, Ct));
    }

    [Fact]
    public async Task EachEventIsSerialisedOnceForAllTheStreamsThatSendIt()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var frames = hub.Services.GetRequiredService<HomeEventFrames>();
        const string Path = $"{Events}?types=device-event";
        await using var first = await SseStream.OpenAsync(http, Path, Ct);
        await using var second = await SseStream.OpenAsync(http, Path, Ct);
        using var socket = await hub.CreateWebSocketClient().ConnectAsync(new Uri(http.BaseAddress!, $"{Path.Replace("/events", "/events/ws", StringComparison.Ordinal)}"), Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.Events.SubscriberCount == 3, Ct));
        var before = frames.Serialized;

        for (var i = 0; i < 5; i++)
            hub.Registry.Events.Publish(new HomeEventDraft("home", DateTimeOffset.UtcNow, "lamp-1",
                new DeviceEvent("button.pressed", JsonSerializer.SerializeToElement(new { n = i }))));

        for (var i = 0; i < 5; i++)
        {
            var text = (await first.NextAsync(Ct)).Text;
            Assert.Equal(text, (await second.NextAsync(Ct)).Text);
            Assert.Equal(text, await ReceiveTextAsync(socket));
            Assert.Contains($"\"n\":{i}", text, StringComparison.Ordinal);
        }

        // Five events reached three streams: five serialisations, not fifteen.
        Assert.Equal(before + 5, frames.Serialized);
    }

    [Fact]
    public async Task AnIdleStreamSendsHeartbeatCommentsAndAFilteredOutEventIsNotSent()
    {
        await using var hub = new DeviceHub(("Events:HeartbeatInterval", "00:00:01"));
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await using var stream = await SseStream.OpenAsync(http, $"{Events}?types=device-event", Ct);

        await lamp.PublishAsync("properties", BrightnessReport(5), Ct);
        Assert.True(await WaitUntilAsync(() => Brightness(hub) == 5, Ct));

        // Nothing of the requested type happened, so only comments come.
        Assert.Equal(": heartbeat", await stream.NextLineAsync(Ct));
        Assert.Equal("", await stream.NextLineAsync(Ct));
        Assert.Equal(": heartbeat", await stream.NextLineAsync(Ct));
    }

    [Fact]
    public async Task AnUnknownHomeIsNotFoundOnBothStreamsAndABadIdIsAProblem()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        await DevicesApiTests.AssertProblemAsync(await http.GetAsync("/api/v1/homes/nope/events", Ct), HttpStatusCode.NotFound);
        await DevicesApiTests.AssertProblemAsync(await http.GetAsync("/api/v1/homes/nope/events/ws", Ct), HttpStatusCode.NotFound);
        await DevicesApiTests.AssertProblemAsync(await http.GetAsync($"{Events}?lastEventId=abc", Ct), HttpStatusCode.BadRequest);
        // Past a long: the query parameter is named, as every query parameter's problem is.
        using var tooLarge = await http.GetAsync($"{Events}?lastEventId=9223372036854775808", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.True((await tooLarge.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("lastEventId", out _));
        Assert.Equal(0, hub.Registry.Events.SubscriberCount);
    }

    [Fact]
    public async Task AnUnknownEventTypeIsAProblemNamingTypesOnBothStreams()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        foreach (var path in new[] { $"{Events}?types=property-changed,property-change", $"{Events}/ws?types=property-change" })
        {
            using var response = await http.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
            Assert.Contains("'property-change'", errors.GetProperty("types")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, hub.Registry.Events.SubscriberCount);
    }

    [Fact]
    public async Task AListenerThatNeverReadsIsDroppedAndDoesNotHoldUpTheDevices()
    {
        await using var hub = new DeviceHub(("Events:SubscriberCapacity", "4"));
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        using var stuck = hub.Registry.Events.Subscribe("home");

        for (var i = 1; i <= 30; i++)
            await lamp.PublishAsync("properties", BrightnessReport(i), Ct);

        // Every report was processed although the listener took none of them after the fourth.
        Assert.True(await WaitUntilAsync(() => Brightness(hub) == 30, Ct));
        Assert.True(stuck.Overflowed);
        var queued = 0;
        while (stuck.Reader.TryRead(out _))
            queued++;
        Assert.Equal(4, queued);
        Assert.True(stuck.Reader.Completion.IsCompleted);
        Assert.True(hub.Registry.Events.LastId >= 30);
    }

    [Fact]
    public async Task AStreamThatFallsBehindGetsAnOverflowNoticeWithTheLastIdItWasSent()
    {
        await using var hub = new DeviceHub(("Events:SubscriberCapacity", "2"));
        using var http = hub.CreateHttpClient();
        await using var stream = await SseStream.OpenAsync(http, Events, Ct);
        var filler = new string('x', 1000);

        // The test does not read, so the response fills up, then the stream's queue, and the hub drops it.
        var published = 0;
        while (hub.Registry.Events.SubscriberCount > 0 && published < 100_000)
        {
            hub.Registry.Events.Publish(new HomeEventDraft("home", DateTimeOffset.UtcNow, "lamp-1",
                new DeviceEvent("button.pressed", JsonSerializer.SerializeToElement(new { filler }))));
            published++;
        }

        Assert.Equal(0, hub.Registry.Events.SubscriberCount);
        long? last = null;
        SseEvent next;
        while ((next = await stream.NextAsync(Ct)).Type != "overflow")
        {
            Assert.Equal(last is null ? next.Id : last + 1, next.Id);
            last = next.Id;
        }

        Assert.Equal(last, next.Id);
        Assert.True(last < published);
    }

    private static string BrightnessReport(int value) =>
        "{\"values\":{\"light.brightness\":" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}";

    private static int? Brightness(DeviceHub hub) =>
        hub.Registry.TryGetDevice("lamp-1", out var device) && device.Properties.TryGetValue("light.brightness", out var p) && p.Reported is { } r
            ? r.Value.GetInt32()
            : null;

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Eventually.Timeout);
        var buffer = new byte[64 * 1024];
        var count = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return Encoding.UTF8.GetString(buffer, 0, count);
    }
}
