using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>
/// /api/v1/homes/{id}/voice/… through the real hub: what was not understood is kept for the owner (unless switched off),
/// teaching makes the next utterance do what was taught, and a taught alias is resolved by the engine itself.
/// </summary>
public sealed class VoiceLearningApiTests : IAsyncLifetime
{
    private const string Voice = "/api/v1/homes/home/voice";
    private readonly DeviceHub _hub = new();
    private HttpClient _owner = null!;
    private HttpClient _member = null!;
    private HttpClient _guest = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        foreach (var (id, name) in new[] { ("lamp-1", "Ceiling"), ("lamp-2", "Desk") })
        {
            _hub.Registry.OnAnnounce(id, new DeviceAnnouncement("aiot.light.ceiling1"));
            _hub.Registry.OnAvailability(id, online: true);
            _hub.Registry.UpdateDevice(id, name: name);
        }

        _owner = _hub.CreateHttpClient();
        _member = _hub.CreateHttpClient(_hub.Tokens.Create("member", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null).Secret);
        _guest = _hub.CreateHttpClient(_hub.Tokens.Create("guest", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Guest)], expires: null).Secret);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _owner.Dispose();
        _member.Dispose();
        _guest.Dispose();
        await _hub.DisposeAsync();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static async Task<JsonElement> SayAsync(HttpClient http, string text)
    {
        var (status, body) = await SendAsync(http, HttpMethod.Post, Voice, JsonSerializer.Serialize(new { text }));
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private async Task<JsonElement> NotUnderstoodAsync()
    {
        var (status, body) = await SendAsync(_owner, HttpMethod.Get, Voice + "/not-understood");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    [Fact]
    public async Task AnUtteranceTaughtFromTheLogIsCarriedOutTheNextTimeAndLeavesTheLog()
    {
        var before = await SayAsync(_owner, "Cosy mode");
        await SayAsync(_owner, "cosy mode!");
        var log = await NotUnderstoodAsync();
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("unknown", before.GetProperty("intent").GetString());
        Assert.Equal(("cosy mode!", 2, "unknown"), (entry.GetProperty("text").GetString(), entry.GetProperty("count").GetInt32(), entry.GetProperty("intent").GetString()));

        var (taughtStatus, taught) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught",
            "{\"entryId\":" + entry.GetProperty("id").GetInt64() + ""","device":{"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":30}}}""");
        var after = await SayAsync(_owner, "COSY MODE");

        Assert.Equal(HttpStatusCode.Created, taughtStatus);
        Assert.Equal(("cosy mode!", "device"), (taught.GetProperty("utterance").GetString(), taught.GetProperty("kind").GetString()));
        Assert.Equal(0, (await NotUnderstoodAsync()).GetProperty("total").GetInt32());
        Assert.Equal(("taught", "lamp-1"), (after.GetProperty("intent").GetString(), after.GetProperty("targets")[0].GetString()));
        Assert.Equal("OK, Ceiling: on, brightness 30.", after.GetProperty("answer").GetString());
        var commandId = after.GetProperty("commandIds")[0].GetString();
        var (commandStatus, command) = await SendAsync(_owner, HttpMethod.Get, $"/api/v1/homes/home/devices/lamp-1/commands/{commandId}");
        Assert.Equal(HttpStatusCode.OK, commandStatus);
        Assert.Equal("set", command.GetProperty("kind").GetString());
        Assert.True(_hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Equal(30, lamp.Properties["light.brightness"].Desired!.Value.GetInt32());

        var (_, intents) = await SendAsync(_owner, HttpMethod.Get, Voice + "/intents");
        Assert.Equal(3, intents.GetProperty("total").GetInt64());
        Assert.Contains(intents.GetProperty("items").EnumerateArray(), i => i.GetProperty("intent").GetString() == "taught" && i.GetProperty("count").GetInt64() == 1);
        Assert.Contains(intents.GetProperty("items").EnumerateArray(), i => i.GetProperty("intent").GetString() == "unknown" && i.GetProperty("count").GetInt64() == 2);
    }

    [Fact]
    public async Task ATaughtAliasIsResolvedByTheEngineAsTheDevicesName()
    {
        var before = await SayAsync(_owner, "turn on the big one");
        var (status, taught) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught",
            """{"utterance":"turn on the big one","alias":{"deviceId":"lamp-1","name":"big one"}}""");
        var after = await SayAsync(_owner, "Turn on the big one.");
        var chinese = await SayAsync(_owner, "把big one关掉");

        Assert.Equal("unknown", before.GetProperty("intent").GetString());
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("alias", taught.GetProperty("kind").GetString());
        Assert.True(_hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Contains("big one", lamp.Aliases);
        Assert.Equal(("turn-on", "lamp-1"), (after.GetProperty("intent").GetString(), Assert.Single(after.GetProperty("targets").EnumerateArray()).GetString()));
        Assert.Equal(("turn-off", "lamp-1"), (chinese.GetProperty("intent").GetString(), Assert.Single(chinese.GetProperty("targets").EnumerateArray()).GetString()));

        var (forgotten, _) = await SendAsync(_owner, HttpMethod.Delete, Voice + "/taught/" + taught.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, forgotten);
        Assert.True(_hub.Registry.TryGetDevice("lamp-1", out lamp));
        Assert.DoesNotContain("big one", lamp.Aliases);
    }

    [Fact]
    public async Task ABadTeachingAnswersEveryProblemAtItsPathAndChangesNothing()
    {
        var (device, deviceBody) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught",
            """{"utterance":"blind me","device":{"deviceId":"lamp-1","set":{"light.brightness":500}}}""");
        var (alias, aliasBody) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught",
            """{"utterance":"turn on the desk","alias":{"deviceId":"lamp-1","name":"desk"}}""");
        var (none, noneBody) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught", """{"utterance":""}""");
        var (entry, entryBody) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught", """{"entryId":12345,"scene":"movie"}""");
        var (type, typeBody) = await SendAsync(_owner, HttpMethod.Post, Voice + "/taught", """{"utterance":"x","scene":5}""");

        Assert.All([device, alias, none, entry, type], s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.True(deviceBody.GetProperty("errors").TryGetProperty("$.device.set['light.brightness']", out _), deviceBody.ToString());
        Assert.True(aliasBody.GetProperty("errors").TryGetProperty("$.alias.name", out _), aliasBody.ToString());
        Assert.True(noneBody.GetProperty("errors").TryGetProperty("$.utterance", out _), noneBody.ToString());
        Assert.True(noneBody.GetProperty("errors").TryGetProperty("$", out _), noneBody.ToString());
        Assert.True(entryBody.GetProperty("errors").TryGetProperty("$.entryId", out _), entryBody.ToString());
        Assert.True(typeBody.GetProperty("errors").TryGetProperty("$.scene", out _), typeBody.ToString());
        var (_, list) = await SendAsync(_owner, HttpMethod.Get, Voice + "/taught");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.True(_hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Empty(lamp.Aliases);
    }

    [Fact]
    public async Task WithTheLogSwitchedOffNothingThatIsSaidIsKeptOrCounted()
    {
        await SayAsync(_owner, "remember this");
        var (off, settings) = await SendAsync(_owner, HttpMethod.Put, Voice + "/settings", """{"logEnabled":false}""");
        await SayAsync(_owner, "my secret words");
        await SayAsync(_member, "turn on the ceiling");
        var (_, read) = await SendAsync(_owner, HttpMethod.Get, Voice + "/settings");

        Assert.Equal(HttpStatusCode.OK, off);
        Assert.False(settings.GetProperty("logEnabled").GetBoolean());
        Assert.False(read.GetProperty("logEnabled").GetBoolean());
        var log = await NotUnderstoodAsync();
        Assert.Equal(["remember this"], log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        var (_, intents) = await SendAsync(_owner, HttpMethod.Get, Voice + "/intents");
        Assert.Equal(1, intents.GetProperty("total").GetInt64());

        var (bad, badBody) = await SendAsync(_owner, HttpMethod.Put, Voice + "/settings", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(badBody.GetProperty("errors").TryGetProperty("$.logEnabled", out _));
        await SendAsync(_owner, HttpMethod.Put, Voice + "/settings", """{"logEnabled":true}""");
        await SayAsync(_owner, "kept again");
        Assert.Equal(2, (await NotUnderstoodAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheOwnerDeletesOneEntryOrAllOfThem()
    {
        await SayAsync(_owner, "first mystery");
        await SayAsync(_owner, "second mystery");
        await SayAsync(_owner, "third mystery");
        var items = (await NotUnderstoodAsync()).GetProperty("items").EnumerateArray().ToList();
        var second = items.Single(e => e.GetProperty("text").GetString() == "second mystery").GetProperty("id").GetInt64();

        var (one, _) = await SendAsync(_owner, HttpMethod.Delete, $"{Voice}/not-understood/{second}");
        var (again, _) = await SendAsync(_owner, HttpMethod.Delete, $"{Voice}/not-understood/{second}");
        var left = (await NotUnderstoodAsync()).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        var (all, deleted) = await SendAsync(_owner, HttpMethod.Delete, $"{Voice}/not-understood");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (one, again));
        Assert.Equal(["third mystery", "first mystery"], left);
        Assert.Equal((HttpStatusCode.OK, 2), (all, deleted.GetProperty("deleted").GetInt32()));
        Assert.Equal(0, (await NotUnderstoodAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AMemberTeachesByUtteranceButNeitherReadsTheLogNorTeachesFromItAndAGuestMayNotSayATaughtDeviceAction()
    {
        await SayAsync(_owner, "night light");
        var entry = (await NotUnderstoodAsync()).GetProperty("items")[0].GetProperty("id").GetInt64();

        var (read, _) = await SendAsync(_member, HttpMethod.Get, Voice + "/not-understood");
        var (fromLog, _) = await SendAsync(_member, HttpMethod.Post, Voice + "/taught", $$$"""{"entryId":{{{entry}}},"device":{"deviceId":"lamp-2","call":"light.toggle"}}""");
        var (taught, _) = await SendAsync(_member, HttpMethod.Post, Voice + "/taught", """{"utterance":"night light","device":{"deviceId":"lamp-2","call":"light.toggle"}}""");
        var (guestTeaches, _) = await SendAsync(_guest, HttpMethod.Post, Voice + "/taught", """{"utterance":"x","scene":"movie"}""");
        var (guestSays, guestBody) = await SendAsync(_guest, HttpMethod.Post, Voice, """{"text":"night light"}""");
        var memberSays = await SayAsync(_member, "Night light");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Created), (read, fromLog, taught));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (guestTeaches, guestSays));
        Assert.Contains("taught", guestBody.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(("taught", "OK, Desk: toggle."), (memberSays.GetProperty("intent").GetString(), memberSays.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task TaughtUtterancesSurviveARestartOfTheHub()
    {
        var directory = Directory.CreateTempSubdirectory("aiothub-voice-restart-").FullName;
        try
        {
            (string, string?)[] settings = [("Devices:DataDirectory", directory)];
            await using (var first = new DeviceHub(settings))
            {
                first.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
                using var http = first.CreateHttpClient();
                await SayAsync(http, "what is this");
                var (status, _) = await SendAsync(http, HttpMethod.Post, Voice + "/taught", """{"utterance":"lights please","device":{"deviceId":"lamp-1","set":{"light.on":true}}}""");
                Assert.Equal(HttpStatusCode.Created, status);
            }

            await using var second = new DeviceHub(settings);
            using var again = second.CreateHttpClient();
            var said = await SayAsync(again, "Lights, please!");
            var (_, log) = await SendAsync(again, HttpMethod.Get, Voice + "/not-understood");

            Assert.Equal(("taught", "lamp-1"), (said.GetProperty("intent").GetString(), said.GetProperty("targets")[0].GetString()));
            Assert.Equal("what is this", log.GetProperty("items")[0].GetProperty("text").GetString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
