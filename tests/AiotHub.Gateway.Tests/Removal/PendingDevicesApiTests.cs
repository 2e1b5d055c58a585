using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Gateway.Tests.Events;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Automations.AutomationsApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Removal;

/// <summary>
/// The pending list, approve and reject through the API, and the attack from issue 12: a motion sensor
/// re-announced as a plug changed its model and made an automation unavailable.
/// </summary>
public sealed class PendingDevicesApiTests
{
    private const string Motion = "aiot.sensor.motion1";
    private const string Plug = "aiot.plug.meter1";
    private const string Devices = "/api/v1/homes/home/devices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NightLight = """
        {"id":"night-light","name":"Night light","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}],
         "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true}}]}
        """;

    [Fact]
    public async Task AMotionSensorReannouncedAsAPlugKeepsItsModelAndItsAutomationUntilTheOwnerApprovesTheChange()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var motion = await TestDevice.StartAsync(hub.Port, "hall-motion", Motion, Ct);
        await using var light = await TestDevice.StartAsync(hub.Port, "hall-light", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("hall-motion", Ct);
        await hub.WaitOnlineAsync("hall-light", Ct);
        await PlaceAsync(http, "hall-motion", "hall-light");
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(NightLight), Ct)).StatusCode);
        await using var stream = await SseStream.OpenAsync(http, "/api/v1/homes/home/events?types=device-pending,device-approved,automation-changed", Ct);

        // The bus lets only hall-motion itself announce on its topics (another client is refused); a device that
        // says it is something else — compromised, or its firmware swapped — is held, not believed.
        await motion.PublishAsync("announce", $$"""{"model":"{{Plug}}","firmware":"6.6.6"}""", Ct, retain: true);

        var held = await stream.NextAsync(Ct);
        Assert.Equal("device-pending", held.Type);
        Assert.Equal($"model changed from {Motion} to {Plug}", held.Data.GetProperty("data").GetProperty("change").GetProperty("reason").GetString());
        var device = await GetJsonAsync(http, $"{Devices}/hall-motion");
        Assert.Equal((Motion, "1.0.0", "active"), (device.GetProperty("model").GetString(), device.GetProperty("firmware").GetString(), device.GetProperty("status").GetString()));
        Assert.Equal((Plug, $"model changed from {Motion} to {Plug}"),
            (device.GetProperty("pending").GetProperty("model").GetString(), device.GetProperty("pending").GetProperty("reason").GetString()));
        var entry = Assert.Single((await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray());
        Assert.Equal(("hall-motion", "change", Motion), (entry.GetProperty("deviceId").GetString(), entry.GetProperty("kind").GetString(), entry.GetProperty("model").GetString()));
        Assert.Equal("available", (await GetJsonAsync(http, $"{AutomationsUrl}/night-light")).GetProperty("state").GetString());
        // It still works as a motion sensor: the automation runs on its motion.
        await motion.PublishAsync("properties", """{"values":{"motion-sensor.motion-state":true}}""", Ct);
        var (command, _) = await light.NextCommandAsync(Ct);
        Assert.Equal("aiot/hall-light/set", command.Topic);

        var version = device.GetProperty("version").GetInt64();
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Post, $"{Devices}/hall-motion/approve", null, $"\"{version - 1}\""), HttpStatusCode.PreconditionFailed);
        var approved = await SendAsync(http, HttpMethod.Post, $"{Devices}/hall-motion/approve", null, $"\"{version}\"");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decision = await approved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("approved", Plug), (decision.GetProperty("decision").GetString(), decision.GetProperty("device").GetProperty("model").GetString()));
        Assert.Equal("device-approved", (await stream.NextAsync(Ct)).Type);
        var unavailable = await stream.NextAsync("automation-changed", e => e.GetProperty("data").GetProperty("change").GetString() == "unavailable", Ct);
        Assert.Equal("night-light", unavailable.Data.GetProperty("data").GetProperty("automationId").GetString());
        var automation = await GetJsonAsync(http, $"{AutomationsUrl}/night-light");
        Assert.Equal(("unavailable", "$.triggers[0].property"), (automation.GetProperty("state").GetString(),
            automation.GetProperty("problems")[0].GetProperty("path").GetString()));
        Assert.Empty((await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray());
    }

    [Fact]
    public async Task RejectingAHeldModelChangeKeepsTheDeviceAsItWas()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var motion = await TestDevice.StartAsync(hub.Port, "hall-motion", Motion, Ct);
        await hub.WaitOnlineAsync("hall-motion", Ct);
        await PlaceAsync(http, "hall-motion");
        await motion.PublishAsync("announce", $$"""{"model":"{{Plug}}"}""", Ct, retain: true);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("hall-motion", out var d) && d.Pending is not null, Ct));

        var response = await http.PostAsync($"{Devices}/hall-motion/reject", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("rejected", $"model changed from {Motion} to {Plug}", Motion), (decision.GetProperty("decision").GetString(),
            decision.GetProperty("reason").GetString(), decision.GetProperty("device").GetProperty("model").GetString()));
        Assert.False(decision.GetProperty("device").TryGetProperty("pending", out _));
        Assert.Empty((await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray());
        await AssertProblemAsync(await http.PostAsync($"{Devices}/hall-motion/reject", null, Ct), HttpStatusCode.Conflict);
        await AssertProblemAsync(await http.PostAsync($"{Devices}/hall-motion/approve", null, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task NewAndUnknownDevicesAreListedApprovedIntoARoomOrRejectedOutOfTheHome()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await using var stranger = await TestDevice.StartAsync(hub.Port, "lamp-2", "aiot.light.ceiling1", Ct);
        await using var mystery = await TestDevice.StartAsync(hub.Port, "mystery-1", "acme.thing.x1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await hub.WaitOnlineAsync("lamp-2", Ct);
        await hub.WaitOnlineAsync("mystery-1", Ct);
        var room = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Hall" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var roomId = room.GetProperty("id").GetString();

        var pending = (await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray().ToDictionary(p => p.GetProperty("deviceId").GetString()!);
        Assert.Equal(("new", "new device"), (pending["lamp-1"].GetProperty("kind").GetString(), pending["lamp-1"].GetProperty("reason").GetString()));
        Assert.Equal(("unknown-model", "unknown model acme.thing.x1"),
            (pending["mystery-1"].GetProperty("kind").GetString(), pending["mystery-1"].GetProperty("reason").GetString()));
        Assert.Equal(3, pending.Count);

        var badRoom = await AssertProblemAsync(await http.PostAsync($"{Devices}/lamp-1/approve", Body("""{"roomId":"nowhere"}"""), Ct), HttpStatusCode.BadRequest);
        Assert.True(badRoom.GetProperty("errors").TryGetProperty("$.roomId", out _));
        var approved = await (await http.PostAsync($"{Devices}/lamp-1/approve", JsonContent.Create(new { roomId, name = "Hall light" }), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("active", roomId, "Hall light"), (approved.GetProperty("device").GetProperty("status").GetString(),
            approved.GetProperty("device").GetProperty("roomId").GetString(), approved.GetProperty("device").GetProperty("name").GetString()));
        var unknown = await AssertProblemAsync(await http.PostAsync($"{Devices}/mystery-1/approve", null, Ct), HttpStatusCode.Conflict);
        Assert.Contains("unknown model acme.thing.x1", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var rejected = await (await http.PostAsync($"{Devices}/lamp-2/reject", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(("rejected", "purge", true), (rejected.GetProperty("decision").GetString(),
            rejected.GetProperty("removed").GetProperty("history").GetString(), rejected.GetProperty("removed").GetProperty("retainedCleared").GetBoolean()));
        await AssertProblemAsync(await http.GetAsync($"{Devices}/lamp-2", Ct), HttpStatusCode.NotFound);
        await stranger.DisposeAsync();
        Assert.Empty(await RetainedMessages.OfDeviceAsync(hub.Port, "lamp-2", int.MaxValue, TimeSpan.FromSeconds(1.5), Ct));
        Assert.Equal(["mystery-1"], (await GetItemsAsync(http, $"{Devices}/pending")).EnumerateArray().Select(p => p.GetProperty("deviceId").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{Devices}/mystery-1/reject", null, Ct)).StatusCode);
        Assert.Equal(["lamp-1"], (await GetItemsAsync(http, Devices)).EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task BeyondTheBoundNoNewDeviceIsAddedAndHealthzCountsTheRefusals()
    {
        await using var hub = new DeviceHub(("Devices:MaxPendingDevices", "1"));
        using var http = hub.CreateHttpClient();
        await using var first = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        await using var second = await TestDevice.StartAsync(hub.Port, "lamp-2", "aiot.light.ceiling1", Ct);

        Assert.True(await WaitUntilAsync(() => hub.Registry.RefusedAnnouncements == 1, Ct));
        Assert.False(hub.Registry.TryGetDevice("lamp-2", out _));
        var health = await GetJsonAsync(http, "/healthz");
        Assert.Equal(1, health.GetProperty("devices").GetProperty("refusedAnnouncements").GetInt32());
    }

    /// <summary>Places the devices in a new room, as the owner does after adding them.</summary>
    private static async Task PlaceAsync(HttpClient http, params string[] deviceIds)
    {
        var room = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Hall" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        foreach (var id in deviceIds)
            Assert.True((await http.PatchAsync($"{Devices}/{id}", JsonContent.Create(new { roomId = room.GetProperty("id").GetString() }), Ct)).IsSuccessStatusCode);
    }
}
