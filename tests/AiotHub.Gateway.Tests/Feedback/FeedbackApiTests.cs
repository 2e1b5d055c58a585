using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Feedback;

/// <summary>Problem reports from homes to makers, the makers' answers and health view (docs/ota.md "Feedback from homes"), against the real hub.</summary>
public sealed class FeedbackApiTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Home = "/api/v1/homes/home";
    private const string Maker = "/api/v1/makers/aiot";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReportWithConsentCarriesTheDevicesContextAndNothingOfTheHomeAndTheMakerReadsExactlyThat()
    {
        await using var hub = new DeviceHub();
        var (memberToken, memberSecret) = hub.Tokens.Create("phone", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null);
        using var member = hub.CreateHttpClient(memberSecret);
        using var maker = MakerClient(hub, "aiot");
        var room = hub.Registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Secret Study")!;
        Online(hub, "lamp-1", "1.4.2");
        hub.Registry.UpdateDevice("lamp-1", name: "Grandma's lamp", roomId: room.Id);
        Online(hub, "lamp-2", "1.4.2");
        Reply(hub, "lamp-1", 0);
        Reply(hub, "lamp-1", -4004, "calibrating");
        Reply(hub, "lamp-2", 0);
        hub.Registry.OnMalformed("lamp-1");
        hub.Registry.OnAvailability("lamp-1", online: false, "last-will");
        hub.Registry.OnAvailability("lamp-1", online: true);

        var response = await member.PostAsync($"{Home}/devices/lamp-1/feedback",
            Body("""{"text":"It blinks twice and ignores the app.","category":"not-responding","consent":true}"""), Ct);

        var sent = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, sent);
        foreach (var secret in new[] { "lamp-1", "lamp-2", "Grandma", "Secret Study", room.Id, "\"home\"", memberToken.Id, "phone" })
            Assert.DoesNotContain(secret, sent, StringComparison.Ordinal);
        var report = JsonDocument.Parse(sent).RootElement;
        Assert.Equal(["id", "created", "model", "firmware", "category", "text", "context"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal((Light, "1.4.2", "not-responding"), (report.GetProperty("model").GetString(), report.GetProperty("firmware").GetString(), report.GetProperty("category").GetString()));
        var context = report.GetProperty("context");
        Assert.Equal(["model", "firmware", "profileVersion", "commands", "availabilityNow", "availability", "counters"], context.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rejected", "applied"], context.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(-4004, context.GetProperty("commands")[0].GetProperty("code").GetInt32());
        Assert.All(context.GetProperty("commands").EnumerateArray(), c => Assert.False(c.TryGetProperty("message", out _)));
        Assert.Equal([true, false, true], context.GetProperty("availability").EnumerateArray().Select(a => a.GetProperty("online").GetBoolean()));
        Assert.Equal("online", context.GetProperty("availabilityNow").GetString());
        Assert.Equal(1, context.GetProperty("counters").GetProperty("malformedMessages").GetInt64());

        var forMaker = await GetItemsAsync(maker, $"{Maker}/feedback?model={Light}&firmware=1.4.2");
        Assert.Equal(sent, Assert.Single(forMaker.EnumerateArray()).GetRawText());

        var id = report.GetProperty("id").GetString();
        var answered = await maker.PostAsync($"{Maker}/feedback/{id}/answer", Body("""{"text":"Thanks — 1.4.3 fixes the calibration loop."}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var ownReports = await GetItemsAsync(member, $"{Home}/feedback");
        var own = Assert.Single(ownReports.EnumerateArray());
        Assert.Equal("lamp-1", own.GetProperty("deviceId").GetString());
        Assert.Equal("Thanks — 1.4.3 fixes the calibration loop.", own.GetProperty("answer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task WithoutConsentOrWithBadFieldsNothingIsSentAndEachProblemNamesItsPath()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        Online(hub, "lamp-1", "1.0.0");

        var response = await owner.PostAsync($"{Home}/devices/lamp-1/feedback",
            Body($$"""{"text":"{{new string('x', 2001)}}","category":"angry","consent":false}"""), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.category", "$.consent", "$.text"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var missing = await owner.PostAsync($"{Home}/devices/lamp-1/feedback", Body("""{"text":"broken"}"""), Ct);
        Assert.True((await AssertProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("$.consent", out _));
        var unknown = await owner.PostAsync($"{Home}/devices/nobody/feedback", Body("""{"text":"broken","consent":true}"""), Ct);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Empty((await GetItemsAsync(owner, $"{Home}/feedback")).EnumerateArray());
        using var maker = MakerClient(hub, "aiot");
        Assert.Empty((await GetItemsAsync(maker, $"{Maker}/feedback")).EnumerateArray());
    }

    [Fact]
    public async Task AHomeSendsAtMostItsDailyNumberOfReports()
    {
        await using var hub = new DeviceHub(("Feedback:MaxReportsPerHomePerDay", "2"));
        using var owner = hub.CreateHttpClient();
        Online(hub, "lamp-1", "1.0.0");

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"{Home}/devices/lamp-1/feedback", Body("""{"text":"flickers","consent":true}"""), Ct)).StatusCode);
        var third = await owner.PostAsync($"{Home}/devices/lamp-1/feedback", Body("""{"text":"flickers","consent":true}"""), Ct);

        await AssertProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.Equal(2, (await GetJsonAsync(owner, $"{Home}/feedback")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ReportsPageNewestFirstWithCursors()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        using var maker = MakerClient(hub, "aiot");
        Online(hub, "lamp-1", "1.0.0");
        foreach (var text in new[] { "one", "two", "three" })
        {
            Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"{Home}/devices/lamp-1/feedback", Body($$"""{"text":"{{text}}","consent":true}"""), Ct)).StatusCode);
            await Task.Delay(5, Ct);
        }

        var first = await GetJsonAsync(maker, $"{Maker}/feedback?limit=2");
        var second = await GetJsonAsync(maker, $"{Maker}/feedback?limit=2&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");

        Assert.Equal(["three", "two"], first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(["one"], second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(3, second.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OnlyTheVendorsMakerReadsAndAnswersItsModels()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        using var aiot = MakerClient(hub, "aiot");
        using var acme = MakerClient(hub, "acme");
        Online(hub, "lamp-1", "1.0.0");
        var created = await owner.PostAsync($"{Home}/devices/lamp-1/feedback", Body("""{"text":"hums","consent":true}"""), Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        await AssertProblemAsync(await acme.GetAsync($"{Maker}/feedback", Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await acme.GetAsync($"{Maker}/health", Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await acme.PostAsync($"{Maker}/feedback/{id}/answer", Body("""{"text":"ours now"}"""), Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await owner.GetAsync($"{Maker}/feedback", Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await acme.PostAsync($"/api/v1/makers/acme/feedback/{id}/answer", Body("""{"text":"ours now"}"""), Ct), HttpStatusCode.NotFound);
        Assert.Empty((await GetItemsAsync(acme, "/api/v1/makers/acme/feedback")).EnumerateArray());
        var otherModel = await aiot.GetAsync($"{Maker}/feedback?model=acme.plug.p1", Ct);
        Assert.True((await AssertProblemAsync(otherModel, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("model", out _));
        await AssertProblemAsync(await aiot.PostAsync($"{Maker}/feedback/{id}/answer", Body("""{"text":"  "}"""), Ct), HttpStatusCode.BadRequest);
        Assert.False((await GetItemsAsync(owner, $"{Home}/feedback"))[0].TryGetProperty("answer", out _));
    }

    [Fact]
    public async Task HealthCountsEachFirmwareVersionsCommandsFromWhenItsDevicesRanIt()
    {
        await using var hub = new DeviceHub();
        using var maker = MakerClient(hub, "aiot");
        using var owner = hub.CreateHttpClient();
        Online(hub, "lamp-1", "1.0.0");
        Online(hub, "lamp-2", "1.1.0");
        Online(hub, "lamp-3", "1.1.0");
        Reply(hub, "lamp-1", -4004);
        Reply(hub, "lamp-1", -4004);
        Reply(hub, "lamp-2", 0);
        hub.Registry.OnMalformed("lamp-2");
        hub.Registry.OnAvailability("lamp-3", online: false);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"{Home}/devices/lamp-2/feedback", Body("""{"text":"slow","consent":true}"""), Ct)).StatusCode);
        await Task.Delay(5, Ct);
        // lamp-1 updates: its rejections were 1.0.0's, not 1.1.0's.
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Firmware: "1.1.0"));
        await Task.Delay(5, Ct);
        Reply(hub, "lamp-1", 0);

        var health = await GetJsonAsync(maker, $"{Maker}/health?model={Light}");

        var version = Assert.Single(health.GetProperty("versions").EnumerateArray());
        Assert.Equal((Light, "1.1.0"), (version.GetProperty("model").GetString(), version.GetProperty("firmware").GetString()));
        Assert.Equal((3, 2, 1), (version.GetProperty("devices").GetInt32(), version.GetProperty("online").GetInt32(), version.GetProperty("offline").GetInt32()));
        Assert.Equal(0.3333, version.GetProperty("offlineRate").GetDouble());
        var commands = version.GetProperty("commands");
        Assert.Equal((2, 0, 1.0), (commands.GetProperty("applied").GetInt32(), commands.GetProperty("rejected").GetInt32(), commands.GetProperty("successRate").GetDouble()));
        Assert.True(commands.TryGetProperty("p95LatencyMs", out _));
        Assert.Equal(1, version.GetProperty("malformed").GetProperty("malformedMessages").GetInt64());
        Assert.Equal(1, version.GetProperty("reports").GetInt32());
        Assert.DoesNotContain("lamp-", health.GetRawText(), StringComparison.Ordinal);
    }

    private static HttpClient MakerClient(DeviceHub hub, string vendor) =>
        hub.CreateHttpClient(hub.Tokens.Create(vendor, [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.DeviceMaker, Namespace: vendor)], expires: null).Secret);

    private static void Online(DeviceHub hub, string id, string firmware)
    {
        hub.Registry.OnAnnounce(id, new DeviceAnnouncement(Light, Firmware: firmware));
        hub.Registry.OnAvailability(id, online: true);
    }

    private static void Reply(DeviceHub hub, string deviceId, int code, string? message = null)
    {
        var command = hub.Registry.SetProperties(deviceId, Json("""{"light.on":true}""")).Command!;
        hub.Registry.MarkSent(command.Id);
        Assert.True(hub.Registry.OnReply(deviceId, command.Id, code, message));
    }
}
