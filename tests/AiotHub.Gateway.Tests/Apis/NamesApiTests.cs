using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>
/// Names are visible text, rooms are unique per home and device ids unique without case — as an app,
/// a member and a device meet it: every name field of the API and of the device protocol refuses
/// control and invisible characters with a 400 (or a malformed-message count) and changes nothing.
/// </summary>
public sealed class NamesApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Home = "/api/v1/homes/home";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // As JSON escapes, so the test sends exactly these characters.
    public static TheoryData<string> BadNames =>
    [
        @"Kitchen\u0000",
        @"Kitchen\nDROP",
        @"\u001B[31mred",
        @"\u202Eenilno",
        @"zero\u200Bwidth",
        @"line\u2028break",
        @"\uFEFFbom",
        @"tag\uDB40\uDC41",
        @"broken\uD800surrogate",
    ];

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task EveryNameFieldRefusesANameThatIsNotVisibleTextAndNothingChanges(string badName)
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));
        using var http = hub.CreateHttpClient();
        var roomId = (await PostAsync(http, $"{Home}/rooms", """{"name":"Hall"}""", HttpStatusCode.Created)).GetProperty("id").GetString();
        var tokenId = (await PostAsync(http, $"{Home}/tokens", """{"name":"tablet","role":"member"}""", HttpStatusCode.Created)).GetProperty("id").GetString();
        const string Steps = """[{"deviceId":"lamp-1","set":{"light.on":true}}]""";
        await PostAsync(http, $"{Home}/scenes", $$"""{"id":"evening","name":"Evening","steps":{{Steps}}}""", HttpStatusCode.Created);
        const string Automation = "\"triggers\":[{\"kind\":\"time\",\"at\":\"19:00\"}],\"actions\":[{\"kind\":\"set\",\"deviceId\":\"lamp-1\",\"properties\":{\"light.on\":true}}]";
        await PostAsync(http, $"{Home}/automations", $$"""{"id":"dusk",{{Automation}},"name":"Dusk"}""", HttpStatusCode.Created);
        var before = await SnapshotAsync(http);

        (HttpMethod Method, string Path, string Body, string Field)[] attempts =
        [
            (HttpMethod.Post, $"{Home}/rooms", $$"""{"name":"{{badName}}"}""", "$.name"),
            (HttpMethod.Patch, $"{Home}/rooms/{roomId}", $$"""{"name":"{{badName}}"}""", "$.name"),
            (HttpMethod.Patch, $"{Home}/devices/lamp-1", $$"""{"name":"{{badName}}"}""", "$.name"),
            (HttpMethod.Patch, $"{Home}/devices/lamp-1", $$"""{"name":"Lamp","aliases":["big light","{{badName}}"]}""", "$.aliases[1]"),
            (HttpMethod.Post, $"{Home}/tokens", $$"""{"name":"{{badName}}","role":"guest"}""", "$.name"),
            (HttpMethod.Patch, $"{Home}/tokens/{tokenId}", $$"""{"name":"{{badName}}"}""", "$.name"),
            (HttpMethod.Post, $"{Home}/scenes", $$"""{"name":"{{badName}}","steps":{{Steps}}}""", "$.name"),
            (HttpMethod.Post, $"{Home}/scenes", $$"""{"name":"Night","icon":"{{badName}}","steps":{{Steps}}}""", "$.icon"),
            (HttpMethod.Put, $"{Home}/scenes/evening", $$"""{"name":"{{badName}}","steps":{{Steps}}}""", "$.name"),
            (HttpMethod.Post, $"{Home}/scenes/snapshot", $$"""{"name":"{{badName}}"}""", "$.name"),
            (HttpMethod.Post, $"{Home}/automations", $$"""{"name":"{{badName}}",{{Automation}}}""", "$.name"),
            (HttpMethod.Put, $"{Home}/automations/dusk", $$"""{"name":"{{badName}}",{{Automation}}}""", "$.name"),
            (HttpMethod.Post, $"{Home}/automations/validate", $$"""{"name":"{{badName}}",{{Automation}}}""", "$.name"),
        ];
        foreach (var (method, path, body, field) in attempts)
        {
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await http.SendAsync(request, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            var answer = JsonDocument.Parse(text).RootElement;
            if (path.EndsWith("/validate", StringComparison.Ordinal))
            {
                // Validate answers 200 with the problems (or a 400 when the body cannot even be read).
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest || !answer.GetProperty("valid").GetBoolean(), $"{method} {path}: {text}");
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} {body}: {(int)response.StatusCode} {text}");
            Assert.True(answer.GetProperty("errors").EnumerateObject().Any(e => e.Name == field || e.Name == "$"), $"{method} {path}: no problem at {field}: {text}");
        }

        Assert.Equal(before, await SnapshotAsync(http));
    }

    [Theory]
    [InlineData("Wohnzimmer 🛋️")]
    [InlineData("Family 👨‍👩‍👧")]
    [InlineData("اتاق\u200Cخواب")]
    [InlineData("Küche")]
    public async Task VisibleTextInAnyScriptWithEmojiSequencesIsAName(string name)
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        using var created = await http.PostAsJsonAsync($"{Home}/rooms", new { name }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(name, (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TwoRoomsOfAHomeCannotShareANameWhateverItsCaseOrSpacing()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var kitchen = (await PostAsync(http, $"{Home}/rooms", """{"name":"Kitchen"}""", HttpStatusCode.Created)).GetProperty("id").GetString();
        var hall = (await PostAsync(http, $"{Home}/rooms", """{"name":"Hall"}""", HttpStatusCode.Created)).GetProperty("id").GetString();

        foreach (var name in new[] { "Kitchen", " kitchen ", "KITCHEN", "\u00A0kItChEn\t".Trim('\t') })
        {
            var problem = await AssertProblemAsync(await http.PostAsJsonAsync($"{Home}/rooms", new { name }, Ct), HttpStatusCode.Conflict);
            Assert.Equal(kitchen, problem.GetProperty("roomId").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("$.name", out _), problem.ToString());
        }

        // Case beyond ASCII folds too.
        await PostAsync(http, $"{Home}/rooms", """{"name":"Küche"}""", HttpStatusCode.Created);
        await AssertProblemAsync(await http.PostAsJsonAsync($"{Home}/rooms", new { name = "KÜCHE" }, Ct), HttpStatusCode.Conflict);

        var renamed = await http.PatchAsJsonAsync($"{Home}/rooms/{hall}", new { name = "kitchen" }, Ct);
        await AssertProblemAsync(renamed, HttpStatusCode.Conflict);
        // A room may change the case of its own name.
        Assert.Equal(HttpStatusCode.OK, (await http.PatchAsJsonAsync($"{Home}/rooms/{kitchen}", new { name = "KITCHEN" }, Ct)).StatusCode);

        var names = (await GetJsonAsync(http, $"{Home}/rooms")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Hall", "KITCHEN", "Küche"], names);
    }

    [Fact]
    public async Task ADeviceWhoseIdDiffersOnlyInCaseFromAKnownOneIsRefusedAndCountedAsMalformed()
    {
        await using var hub = new DeviceHub();
        await using var tv = await TestDevice.StartAsync(hub.Port, "living-tv", Light, Ct);
        await hub.WaitOnlineAsync("living-tv", Ct);
        using var http = hub.CreateHttpClient();
        var before = hub.Bridge.Handler.Malformed;

        await using var twin = await TestDevice.StartAsync(hub.Port, "LIVING-TV", "aiot.plug.meter1", Ct);

        Assert.True(await WaitUntilAsync(() => hub.Bridge.Handler.Malformed > before, Ct), "the announce was not counted as malformed");
        Assert.False(hub.Registry.TryGetDevice("LIVING-TV", out _));
        var devices = (await GetJsonAsync(http, $"{Home}/devices")).GetProperty("items").EnumerateArray().ToList();
        var only = Assert.Single(devices);
        Assert.Equal(("living-tv", Light), (only.GetProperty("id").GetString(), only.GetProperty("model").GetString()));
        var health = await HealthResponseJson.GetAsync(http, Ct);
        Assert.True(health.Body.GetProperty("devices").GetProperty("malformedMessages").GetInt64() >= 1);
    }

    [Fact]
    public async Task ADeviceAnnouncingANameWithControlCharactersIsRefusedAndCountedAsMalformed()
    {
        await using var hub = new DeviceHub();
        await using var device = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct, announce: false);

        await device.PublishAsync("announce", $$"""{"model":"{{Light}}","name":"Lamp\u0000\u001B[2J"}""", Ct);

        Assert.True(await WaitUntilAsync(() => hub.Bridge.Handler.Malformed == 1, Ct));
        Assert.False(hub.Registry.TryGetDevice("lamp-2", out _));
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, string json, HttpStatusCode expected)
    {
        using var response = await http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    // Everything a refused name could have touched, as the API shows it.
    private static async Task<string> SnapshotAsync(HttpClient http)
    {
        var parts = new List<string>();
        foreach (var path in new[] { $"{Home}/rooms", $"{Home}/devices", $"{Home}/tokens", $"{Home}/scenes", $"{Home}/automations" })
        {
            var items = (await GetJsonAsync(http, path)).GetProperty("items").EnumerateArray();
            parts.Add(string.Join("|", items.Select(i => $"{i.GetProperty("id")}:{(i.TryGetProperty("name", out var n) ? n.ToString() : "")}:{(i.TryGetProperty("aliases", out var a) ? a.ToString() : "")}:{(i.TryGetProperty("version", out var v) ? v.ToString() : "")}")));
        }

        return string.Join("\n", parts);
    }
}
