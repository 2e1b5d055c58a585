using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/devices as an app uses it, against the real hub with a device that talks
/// MQTT to its embedded broker.
/// </summary>
public sealed class DevicesApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Devices = "/api/v1/homes/home/devices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAnnouncedDeviceIsListedWithItsStateAndFilteredByTypeAndStatus()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.on":true,"light.brightness":40}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties.ContainsKey("light.brightness"), Ct));

        var all = await GetItemsAsync(http, Devices);
        var device = Assert.Single(all.EnumerateArray());
        Assert.Equal("lamp-1", device.GetProperty("id").GetString());
        Assert.Equal("new", device.GetProperty("status").GetString());
        Assert.Equal("online", device.GetProperty("availability").GetProperty("state").GetString());
        Assert.Equal(40, device.GetProperty("properties").GetProperty("light.brightness").GetProperty("reported").GetProperty("value").GetInt32());

        Assert.Single((await GetItemsAsync(http, $"{Devices}?type=light")).EnumerateArray());
        Assert.Empty((await GetItemsAsync(http, $"{Devices}?type=tv")).EnumerateArray());
        Assert.Single((await GetItemsAsync(http, $"{Devices}?status=new")).EnumerateArray());
        var state = await GetJsonAsync(http, $"{Devices}/lamp-1");
        Assert.Equal(Light, state.GetProperty("model").GetString());
    }

    [Fact]
    public async Task UnknownDevicesHomesAndFiltersAreProblems()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        await AssertProblemAsync(await http.GetAsync($"{Devices}/nope", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.GetAsync("/api/v1/homes/elsewhere/devices", Ct), HttpStatusCode.NotFound);
        var problem = await AssertProblemAsync(await http.GetAsync($"{Devices}?status=sleepy", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("sleepy", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task SettingAPropertyIsAcceptedSentAndItsCommandEndsApplied()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var response = await http.PostAsync($"{Devices}/lamp-1/properties", Body("""{"values":{"light.on":true,"light.brightness":60}}"""), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Equal($"{Devices}/lamp-1/commands/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("pending", accepted.GetProperty("status").GetString());
        var (message, body) = await lamp.NextCommandAsync(Ct);
        Assert.Equal("aiot/lamp-1/set", message.Topic);
        Assert.Equal(60, body.GetProperty("values").GetProperty("light.brightness").GetInt32());

        await lamp.ReplyAsync(id, 0, Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status == Core.Devices.CommandStatus.Applied, Ct));
        var command = await GetJsonAsync(http, $"{Devices}/lamp-1/commands/{id}");
        Assert.Equal("applied", command.GetProperty("status").GetString());
        Assert.True(command.TryGetProperty("latency", out _));
        var state = await GetJsonAsync(http, $"{Devices}/lamp-1");
        Assert.Equal(60, state.GetProperty("properties").GetProperty("light.brightness").GetProperty("desired").GetProperty("value").GetInt32());
        Assert.Single((await GetItemsAsync(http, $"{Devices}/lamp-1/commands")).EnumerateArray());
    }

    [Fact]
    public async Task AnInvalidSetIsRefusedWithTheJsonPathOfEachProblemAndNothingIsSent()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var response = await http.PostAsync($"{Devices}/lamp-1/properties",
            Body("""{"values":{"light.brightness":500,"light.on":"yes","light.sparkle":true}}"""), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var paths = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.StartsWith("$.values", p, StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("light.brightness", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("light.sparkle", StringComparison.Ordinal));
        Assert.Empty(hub.Registry.ListCommands("lamp-1"));
        Assert.False(hub.Registry.TryGetDevice("lamp-1", out var device) && device.Properties.TryGetValue("light.brightness", out var twin) && twin.Desired is not null);

        await AssertProblemAsync(await http.PostAsync($"{Devices}/lamp-1/properties", Body("""{"light.on":true}"""), Ct), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await http.PostAsync($"{Devices}/lamp-1/properties", Body("""{"values":"""), Ct), HttpStatusCode.BadRequest);
        Assert.Empty(hub.Registry.ListCommands("lamp-1"));
    }

    [Fact]
    public async Task CallingAnActionWithAndWithoutABodySendsACall()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var response = await http.PostAsync($"{Devices}/lamp-1/actions/light.toggle", null, Ct);
        Assert.True(HttpStatusCode.Accepted == response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        var (message, body) = await lamp.NextCommandAsync(Ct);
        Assert.Equal("aiot/lamp-1/call", message.Topic);
        Assert.Equal("light.toggle", body.GetProperty("action").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{Devices}/lamp-1/actions/light.toggle", Body("""{"in":{}}"""), Ct)).StatusCode);
        var problem = await AssertProblemAsync(await http.PostAsync($"{Devices}/lamp-1/actions/light.explode", null, Ct), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.action", out _));
    }

    [Fact]
    public async Task ADeviceIsRenamedPlacedInARoomAndAliasedAndBadFieldsAreNamed()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        var room = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Living room" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var roomId = room.GetProperty("id").GetString();

        var response = await http.PatchAsync($"{Devices}/lamp-1", JsonContent.Create(new { name = "Ceiling", roomId, aliases = new[] { "big light", "客厅灯" } }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var device = await GetJsonAsync(http, $"{Devices}/lamp-1");
        Assert.Equal("Ceiling", device.GetProperty("name").GetString());
        Assert.Equal(roomId, device.GetProperty("roomId").GetString());
        Assert.Equal(["big light", "客厅灯"], device.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Single((await GetItemsAsync(http, $"{Devices}?room={roomId}")).EnumerateArray());

        var problem = await AssertProblemAsync(
            await http.PatchAsync($"{Devices}/lamp-1", JsonContent.Create(new { name = "", roomId = "r-nope", aliases = new[] { " " } }), Ct),
            HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.name", out _));
        Assert.True(errors.TryGetProperty("$.roomId", out _));
        Assert.True(errors.TryGetProperty("$.aliases[0]", out _));
        Assert.Equal("Ceiling", (await GetJsonAsync(http, $"{Devices}/lamp-1")).GetProperty("name").GetString());
    }

    internal static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    internal static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>GETs a list and returns its items, checking it is a page (items, nextCursor, total).</summary>
    internal static async Task<JsonElement> GetItemsAsync(HttpClient http, string path)
    {
        var page = await GetJsonAsync(http, path);
        Assert.True(page.ValueKind == JsonValueKind.Object && page.TryGetProperty("nextCursor", out _) && page.TryGetProperty("total", out _), $"GET {path}: not a page: {page}");
        return page.GetProperty("items");
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
