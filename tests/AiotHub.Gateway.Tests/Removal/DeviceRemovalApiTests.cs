using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Gateway.Tests.Events;
using AiotHub.Gateway.Tests.Scenes;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Automations.AutomationsApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Removal;

/// <summary>
/// DELETE /api/v1/homes/{homeId}/devices/{deviceId} and …/rooms/{roomId} against the real hub, its devices
/// real MQTT clients of the embedded broker (issue 12, item 4).
/// </summary>
public sealed class DeviceRemovalApiTests
{
    private const string Sensor = "aiot.sensor.th1";
    private const string Devices = "/api/v1/homes/home/devices";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeviceRemovedWithItsHistoryKeptIsGoneButItsHistoryStillAnswersAndItsRetainedMessagesAreCleared()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await (await ReportingSensorAsync(hub, http)).DisposeAsync();
        Assert.Equal(["aiot/th-1/announce", "aiot/th-1/availability"], await RetainedMessages.OfDeviceAsync(hub.Port, "th-1", 2, Eventually.Timeout, Ct));

        await AssertProblemAsync(await SendAsync(http, HttpMethod.Delete, $"{Devices}/th-1", null, "\"7\""), HttpStatusCode.PreconditionFailed);
        var response = await SendAsync(http, HttpMethod.Delete, $"{Devices}/th-1", null, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removed = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("th-1", "keep", 0, true), (removed.GetProperty("deviceId").GetString(), removed.GetProperty("history").GetString(),
            removed.GetProperty("historyRowsDeleted").GetInt32(), removed.GetProperty("retainedCleared").GetBoolean()));
        await AssertProblemAsync(await http.GetAsync($"{Devices}/th-1", Ct), HttpStatusCode.NotFound);
        Assert.Empty((await GetItemsAsync(http, Devices)).EnumerateArray());
        var history = await GetJsonAsync(http, HistoryPath);
        Assert.Equal([21.5, 22.5], history.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
        Assert.Empty(await RetainedMessages.OfDeviceAsync(hub.Port, "th-1", int.MaxValue, Quiet, Ct));
        await AssertProblemAsync(await http.DeleteAsync($"{Devices}/th-1", Ct), HttpStatusCode.NotFound);

        // It connects again, as a device does: it is a new device, and its kept history is its own again.
        await using var back = await TestDevice.StartAsync(hub.Port, "th-1", Sensor, Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("th-1", out _), Ct));
        Assert.Equal("new", (await GetJsonAsync(http, $"{Devices}/th-1")).GetProperty("status").GetString());
        Assert.Equal(2, (await GetJsonAsync(http, HistoryPath)).GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task ADeviceRemovedWithItsHistoryPurgedTakesItsRecordedReadingsWithIt()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await (await ReportingSensorAsync(hub, http)).DisposeAsync();

        var response = await http.DeleteAsync($"{Devices}/th-1?history=purge", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removed = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("purge", true), (removed.GetProperty("history").GetString(), removed.GetProperty("retainedCleared").GetBoolean()));
        // Two raw readings and at least one 5-minute and one hourly aggregate.
        Assert.True(removed.GetProperty("historyRowsDeleted").GetInt32() >= 4, removed.ToString());
        await AssertProblemAsync(await http.GetAsync(HistoryPath, Ct), HttpStatusCode.NotFound);
        // Its series are gone from the recorder too.
        Assert.Equal(0, hub.Services.GetRequiredService<Gateway.Telemetry.TelemetryService>().Recorder.Status().Series);
        Assert.Empty(await RetainedMessages.OfDeviceAsync(hub.Port, "th-1", int.MaxValue, Quiet, Ct));
    }

    [Fact]
    public async Task TheOwnerCanPurgeTheKeptHistoryOfARemovedDeviceLater()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var sensor = await ReportingSensorAsync(hub, http);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"{Devices}/th-1", Ct)).StatusCode);

        var purged = await (await http.PostAsync("/api/v1/telemetry/purge", Body("""{"deviceId":"th-1"}"""), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.True(purged.GetProperty("deleted").GetInt32() >= 4, purged.ToString());
        Assert.Empty((await GetJsonAsync(http, HistoryPath)).GetProperty("points").EnumerateArray());
    }

    [Theory]
    [InlineData("history=forever")]
    [InlineData("history=Keep")]
    public async Task AHistoryChoiceThatIsNotKeepOrPurgeIsAProblemAndRemovesNothing(string query)
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        hub.Registry.OnAnnounce("lamp-1", new Core.Devices.DeviceAnnouncement("aiot.light.ceiling1"));

        var problem = await AssertProblemAsync(await http.DeleteAsync($"{Devices}/lamp-1?{query}", Ct), HttpStatusCode.BadRequest);

        Assert.Contains("keep", problem.GetProperty("errors").GetProperty("history")[0].GetString(), StringComparison.Ordinal);
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out _));
    }

    [Fact]
    public async Task RemovalEndsTheDevicesPendingCommandAndIsAnEventOnTheAppsStream()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await using var stream = await SseStream.OpenAsync(http, "/api/v1/homes/home/events?types=command-updated,device-removed", Ct);
        var accepted = await (await http.PostAsync($"{Devices}/lamp-1/properties", Body("""{"values":{"light.on":true}}"""), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var commandId = accepted.GetProperty("id").GetString();
        // The lamp receives the command and does not answer before it is removed.
        await lamp.NextCommandAsync(Ct);

        var removed = await (await http.DeleteAsync($"{Devices}/lamp-1", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(1, removed.GetProperty("commandsEnded").GetInt32());
        var ended = await stream.NextAsync("command-updated", e => e.GetProperty("data").GetProperty("status").GetString() != "pending", Ct);
        Assert.Equal((commandId, "offline", "the device was removed"), (ended.Data.GetProperty("data").GetProperty("id").GetString(),
            ended.Data.GetProperty("data").GetProperty("status").GetString(), ended.Data.GetProperty("data").GetProperty("message").GetString()));
        var gone = await stream.NextAsync(Ct);
        Assert.Equal(("device-removed", "lamp-1"), (gone.Type, gone.Data.GetProperty("deviceId").GetString()));
        var data = gone.Data.GetProperty("data");
        Assert.Equal(("lamp-1", "aiot.light.ceiling1", "keep", 1), (data.GetProperty("id").GetString(), data.GetProperty("model").GetString(),
            data.GetProperty("history").GetString(), data.GetProperty("commandsEnded").GetInt32()));
        // A late reply from the removed device changes nothing.
        await lamp.ReplyAsync(commandId!, 0, Ct);
        await AssertProblemAsync(await http.GetAsync($"{Devices}/lamp-1/commands/{commandId}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnAutomationAndASceneUsingARemovedDeviceAreShownUnavailableWithTheReason()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Evening), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/api/v1/homes/home/scenes", Body("""
            {"id":"good-evening","name":"Good evening","steps":[{"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":"Hi"}}]}
            """), Ct)).StatusCode);
        Assert.Equal("available", (await GetJsonAsync(http, $"{AutomationsUrl}/evening")).GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"{Devices}/speaker-1", Ct)).StatusCode);

        var automation = await Eventually.MatchesAsync(() => GetJsonAsync(http, $"{AutomationsUrl}/evening"),
            a => a.GetProperty("state").GetString() == "unavailable", Ct);
        Assert.Equal("unavailable", automation.GetProperty("state").GetString());
        var problem = Assert.Single(automation.GetProperty("problems").EnumerateArray());
        Assert.Equal(("$.actions[1].deviceId", "no device 'speaker-1' in home 'home'"), (problem.GetProperty("path").GetString(), problem.GetProperty("message").GetString()));
        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/evening/run", null, Ct), HttpStatusCode.Conflict);
        var preview = await (await http.PostAsync("/api/v1/homes/home/scenes/good-evening/preview", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(preview.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString() == "no device 'speaker-1' in home 'home'");
    }

    [Fact]
    public async Task RemovingARoomLeavesItsDevicesInTheHomeWithoutARoomAndSaysSo()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        var room = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Hall" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var roomId = room.GetProperty("id").GetString();
        Assert.True((await http.PatchAsync($"{Devices}/lamp-1", JsonContent.Create(new { roomId }), Ct)).IsSuccessStatusCode);
        await using var stream = await SseStream.OpenAsync(http, "/api/v1/homes/home/events?types=room-removed", Ct);

        await AssertProblemAsync(await SendAsync(http, HttpMethod.Delete, $"/api/v1/homes/home/rooms/{roomId}", null, "\"2\""), HttpStatusCode.PreconditionFailed);
        var response = await SendAsync(http, HttpMethod.Delete, $"/api/v1/homes/home/rooms/{roomId}", null, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removed = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["lamp-1"], removed.GetProperty("unassignedDevices").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("still in the home, now without a room; it was not removed", removed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(await http.GetAsync($"/api/v1/homes/home/rooms/{roomId}", Ct), HttpStatusCode.NotFound);
        var device = await GetJsonAsync(http, $"{Devices}/lamp-1");
        Assert.False(device.TryGetProperty("roomId", out _));
        Assert.Equal("active", device.GetProperty("status").GetString());
        Assert.Empty((await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray());
        var gone = await stream.NextAsync(Ct);
        Assert.Equal(roomId, gone.Data.GetProperty("data").GetProperty("id").GetString());
        await AssertProblemAsync(await http.DeleteAsync($"/api/v1/homes/home/rooms/{roomId}", Ct), HttpStatusCode.NotFound);
    }

    private static string HistoryPath =>
        $"{Devices}/th-1/history?property=environment.temperature&from={Iso(DateTimeOffset.UtcNow.AddMinutes(-30))}&to={Iso(DateTimeOffset.UtcNow.AddMinutes(1))}";

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>th-1 connected as a real device, with two temperatures reported and recorded.</summary>
    private static async Task<TestDevice> ReportingSensorAsync(DeviceHub hub, HttpClient http)
    {
        var sensor = await TestDevice.StartAsync(hub.Port, "th-1", Sensor, Ct);
        await hub.WaitOnlineAsync("th-1", Ct);
        var now = DateTimeOffset.UtcNow;
        await sensor.PublishAsync("properties", $$"""{"values":{"environment.temperature":21.5},"ts":{{now.AddMinutes(-2).ToUnixTimeMilliseconds()}}}""", Ct);
        await sensor.PublishAsync("properties", $$"""{"values":{"environment.temperature":22.5},"ts":{{now.AddMinutes(-1).ToUnixTimeMilliseconds()}}}""", Ct);
        var history = await Eventually.MatchesAsync(() => GetJsonAsync(http, HistoryPath), h => h.GetProperty("points").GetArrayLength() == 2, Ct);
        Assert.Equal(2, history.GetProperty("points").GetArrayLength());
        return sensor;
    }
}
