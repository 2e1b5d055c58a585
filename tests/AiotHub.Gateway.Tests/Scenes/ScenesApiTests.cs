using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Gateway.Tests.Events;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Scenes;

/// <summary>
/// /api/v1/homes/{homeId}/scenes as an app uses it, against the real hub with test devices that
/// talk MQTT to its embedded broker and answer the commands a run sends.
/// </summary>
public sealed class ScenesApiTests
{
    private const string Light = "aiot.light.ceiling1";
        private const string Scenes = "/api/v1/homes/home/scenes";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Evening = """
        {"name":"Evening","icon":"moon","steps":[
          {"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":30}},
          {"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":"Good evening"}}
        ]}
        """;

    /// <summary>Replies to the next <paramref name="count"/> commands the device gets with <paramref name="code"/>; returns their bodies in arrival order.</summary>
    internal static async Task<List<JsonElement>> AnswerAsync(TestDevice device, int count, int code = 0)
    {
        var bodies = new List<JsonElement>();
        for (var i = 0; i < count; i++)
        {
            var (_, body) = await device.NextCommandAsync(Ct);
            bodies.Add(body);
            await device.ReplyAsync(body.GetProperty("id").GetString()!, code, Ct, code == 0 ? null : "motor jammed");
        }

        return bodies;
    }

    /// <summary>Polls the run (never sleeps blindly) until it is no longer running.</summary>
    internal static async Task<JsonElement> FinishedRunAsync(HttpClient http, string location)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var run = await GetJsonAsync(http, location);
            if (run.GetProperty("status").GetString() != "running")
                return run;
            Assert.True(clock.Elapsed < Eventually.Timeout, $"the run did not finish: {run}");
            await Task.Delay(20, Ct);
        }
    }

    [Fact]
    public async Task AScenesVersionIsItsETagAndStaleWritesAreRefused()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);

        var created = await http.PostAsync(Scenes, Body(Evening), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Scenes}/evening", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var scene = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("evening", "Evening", "moon", 1), (scene.GetProperty("id").GetString(), scene.GetProperty("name").GetString(), scene.GetProperty("icon").GetString(), scene.GetProperty("version").GetInt32()));
        Assert.Equal("Good evening", scene.GetProperty("steps")[1].GetProperty("in").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync(Scenes, Body(Evening), Ct)).StatusCode);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{Scenes}/evening");
        conditional.Headers.IfNoneMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(conditional, Ct)).StatusCode);

        var replaced = await SendAsync(http, HttpMethod.Put, $"{Scenes}/evening", Evening.Replace("Evening", "Late evening", StringComparison.Ordinal), "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag!.Tag);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Put, $"{Scenes}/evening", Evening, "\"1\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Delete, $"{Scenes}/evening", null, "\"1\""), HttpStatusCode.PreconditionFailed);
        var current = await GetJsonAsync(http, $"{Scenes}/evening");
        Assert.Equal(("Late evening", 2), (current.GetProperty("name").GetString(), current.GetProperty("version").GetInt32()));
        Assert.Single((await GetJsonAsync(http, Scenes)).GetProperty("items").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Delete, $"{Scenes}/evening", null, "\"2\"")).StatusCode);
        await AssertProblemAsync(await http.GetAsync($"{Scenes}/evening", Ct), HttpStatusCode.NotFound);
        Assert.Empty((await GetJsonAsync(http, Scenes)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AWeakOrUnreadableIfMatchNeverMatchesAndAnIdCannotChange()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        await http.PostAsync(Scenes, Body(Evening), Ct);

        // If-Match compares strongly (RFC 9110 §13.1.1): W/"1" does not match version 1.
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Put, $"{Scenes}/evening", Evening, "W/\"1\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Delete, $"{Scenes}/evening", null, "\"one\""), HttpStatusCode.PreconditionFailed);
        var renamed = await AssertProblemAsync(await http.PutAsync($"{Scenes}/evening", Body(Evening.Replace("{\"name\"", "{\"id\":\"other\",\"name\"", StringComparison.Ordinal)), Ct),
            HttpStatusCode.BadRequest);

        Assert.True(renamed.GetProperty("errors").TryGetProperty("$.id", out _));
        Assert.Equal(1, (await GetJsonAsync(http, $"{Scenes}/evening")).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Delete, $"{Scenes}/evening", null, "*")).StatusCode);
    }

    [Fact]
    public async Task AnInvalidSceneIs400WithTheJsonPathOfEachProblemAndNothingIsStored()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);

        var problem = await AssertProblemAsync(await http.PostAsync(Scenes, Body("""
            {"name":"Broken","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true}},
              {"deviceId":"ghost","set":{"light.on":true}},
              {"deviceId":"lamp-1","set":{"light.brightness":101}},
              {"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":7}}
            ]}
            """), Ct), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["$.steps[1].deviceId", "$.steps[2].set['light.brightness']", "$.steps[3].in.text"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("ghost", errors.GetProperty("$.steps[1].deviceId")[0].GetString(), StringComparison.Ordinal);
        var shape = await AssertProblemAsync(await http.PostAsync(Scenes, Body("""{"name":"","steps":[]}"""), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["$.name", "$.steps"], shape.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty((await GetJsonAsync(http, Scenes)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task APreviewShowsCurrentToTargetAndSendsNothing()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await lamp.PublishAsync("properties", """{"values":{"light.on":true,"light.brightness":80}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties.ContainsKey("light.brightness"), Ct));
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(Scenes, Body(Evening), Ct)).StatusCode);

        var response = await http.PostAsync($"{Scenes}/evening/preview", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("evening", preview.GetProperty("sceneId").GetString());
        Assert.Equal(["lamp-1 light.on true→true False", "lamp-1 light.brightness 80→30 True"], preview.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("deviceId")} {c.GetProperty("key")} {c.GetProperty("current").GetRawText()}→{c.GetProperty("target").GetRawText()} {c.GetProperty("changes").GetBoolean()}"));
        var call = Assert.Single(preview.GetProperty("calls").EnumerateArray());
        Assert.Equal(("speaker-1", "intelligent-speaker.play-text"), (call.GetProperty("deviceId").GetString(), call.GetProperty("action").GetString()));
        Assert.Empty(preview.GetProperty("problems").EnumerateArray());
        Assert.Empty(hub.Registry.ListCommands("lamp-1"));
        Assert.Empty(hub.Registry.ListCommands("speaker-1"));
    }

    [Fact]
    public async Task ARunAppliesEveryStepToTheDevicesAndRecordsEachOutcome()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await http.PostAsync(Scenes, Body(Evening), Ct);

        var response = await http.PostAsync($"{Scenes}/evening/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var runId = started.GetProperty("id").GetString()!;
        Assert.Equal($"{Scenes}/evening/runs/{runId}", response.Headers.Location!.OriginalString);
        var set = Assert.Single(await AnswerAsync(lamp, 1));
        var call = Assert.Single(await AnswerAsync(speaker, 1));

        var run = await FinishedRunAsync(http, response.Headers.Location.OriginalString);
        Assert.Equal(30, set.GetProperty("values").GetProperty("light.brightness").GetInt32());
        Assert.Equal("Good evening", call.GetProperty("in").GetProperty("text").GetString());
        Assert.Equal(("succeeded", "api", "evening", "home"), (run.GetProperty("status").GetString(), run.GetProperty("source").GetString(),
            run.GetProperty("sceneId").GetString(), run.GetProperty("homeId").GetString()));
        Assert.StartsWith("tok_", run.GetProperty("startedBy").GetString(), StringComparison.Ordinal);
        Assert.True(run.TryGetProperty("finished", out _));
        var steps = run.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([("lamp-1", "set", "light.on,light.brightness"), ("speaker-1", "call", "intelligent-speaker.play-text")],
            steps.Select(s => (s.GetProperty("deviceId").GetString(), s.GetProperty("kind").GetString(), s.GetProperty("key").GetString())));
        Assert.All(steps, s => Assert.Equal("applied", s.GetProperty("status").GetString()));
        Assert.All(steps, s => Assert.True(s.GetProperty("latencyMs").GetDouble() >= 0));
        Assert.Equal(set.GetProperty("id").GetString(), steps[0].GetProperty("commandId").GetString());
        Assert.Equal(call.GetProperty("id").GetString(), steps[1].GetProperty("commandId").GetString());
        Assert.Equal(runId, Assert.Single((await GetJsonAsync(http, $"{Scenes}/evening/runs")).GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task ARejectingDeviceMakesTheRunPartialWithItsCodeAndAnOfflineDeviceIsOffline()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await using (var gone = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct))
        {
            await hub.WaitOnlineAsync("lamp-2", Ct);
            gone.Vanish();
            Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-2", out var d) && d.Availability.State == AvailabilityState.Offline, Ct));
        }

        await http.PostAsync(Scenes, Body("""
            {"name":"Mixed","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true}},
              {"deviceId":"lamp-2","set":{"light.on":true}},
              {"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":"hello"}}
            ]}
            """), Ct);

        var response = await http.PostAsync($"{Scenes}/mixed/run", null, Ct);
        await AnswerAsync(lamp, 1);
        await AnswerAsync(speaker, 1, code: -4004);

        var run = await FinishedRunAsync(http, response.Headers.Location!.OriginalString);
        Assert.Equal("partial", run.GetProperty("status").GetString());
        var steps = run.GetProperty("steps");
        Assert.Equal(["applied", "offline", "rejected"], steps.EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal((-4004, "motor jammed"), (steps[2].GetProperty("code").GetInt32(), steps[2].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task WithAnIntervalCommandsAreSentInStepOrderAndNoCloserThanIt()
    {
        await using var home = await SceneHome.StartAsync(("Scenes:CommandInterval", "00:00:00.100"));
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await http.PostAsync(Scenes, Body("""
            {"name":"Ramp","steps":[
              {"deviceId":"lamp-1","set":{"light.brightness":10}},
              {"deviceId":"lamp-1","set":{"light.brightness":20}},
              {"deviceId":"lamp-1","set":{"light.brightness":30}},
              {"deviceId":"lamp-1","set":{"light.brightness":40}}
            ]}
            """), Ct);

        var response = await http.PostAsync($"{Scenes}/ramp/run", null, Ct);
        var received = await AnswerAsync(lamp, 4);
        var run = await FinishedRunAsync(http, response.Headers.Location!.OriginalString);

        Assert.Equal([10, 20, 30, 40], received.Select(b => b.GetProperty("values").GetProperty("light.brightness").GetInt32()));
        // When the hub issued each command (its own clock, not network timing): at least the interval apart.
        var issued = run.GetProperty("steps").EnumerateArray().Select(s => hub.Registry.GetCommand(s.GetProperty("commandId").GetString()!)!.Created).ToList();
        for (var i = 1; i < issued.Count; i++)
            Assert.True(issued[i] - issued[i - 1] >= TimeSpan.FromMilliseconds(95), $"command {i} was issued {(issued[i] - issued[i - 1]).TotalMilliseconds} ms after the one before");
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunsAreAnnouncedOnTheEventStream()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await http.PostAsync(Scenes, Body(Evening), Ct);
        await using var stream = await SseStream.OpenAsync(http, "/api/v1/homes/home/events?types=scene-run-started,scene-run-finished", Ct);

        var response = await http.PostAsync($"{Scenes}/evening/run", null, Ct);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        await AnswerAsync(lamp, 1);
        await AnswerAsync(speaker, 1);

        var started = await stream.NextAsync(Ct);
        var finished = await stream.NextAsync(Ct);
        Assert.Equal("scene-run-started", started.Type);
        Assert.Equal("scene-run-finished", finished.Type);
        var data = finished.Data.GetProperty("data");
        Assert.Equal((runId, "evening", "Evening", "succeeded", 2, 0), (data.GetProperty("runId").GetString(), data.GetProperty("sceneId").GetString(),
            data.GetProperty("name").GetString(), data.GetProperty("status").GetString(), data.GetProperty("succeeded").GetInt32(), data.GetProperty("failed").GetInt32()));
        Assert.Equal(("running", runId), (started.Data.GetProperty("data").GetProperty("status").GetString(), started.Data.GetProperty("data").GetProperty("runId").GetString()));
    }

    [Fact]
    public async Task AGuestWithAListSeesAndRunsOnlyThoseScenes()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await http.PostAsync(Scenes, Body(Evening), Ct);
        await http.PostAsync(Scenes, Body("""{"name":"Lamp off","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""), Ct);
        using var guest = hub.CreateHttpClient(hub.Tokens.Create("guest", [new AccessGrant("home", AccessRole.Guest, ["lamp-off"])], expires: null).Secret);
        using var anyScene = hub.CreateHttpClient(hub.Tokens.Create("guest", [new AccessGrant("home", AccessRole.Guest)], expires: null).Secret);

        Assert.Equal(["lamp-off"], (await GetJsonAsync(guest, Scenes)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        await AssertProblemAsync(await guest.GetAsync($"{Scenes}/evening", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await guest.PostAsync($"{Scenes}/evening/run", null, Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await guest.PutAsync($"{Scenes}/lamp-off", Body(Evening), Ct), HttpStatusCode.Forbidden);
        var run = await guest.PostAsync($"{Scenes}/lamp-off/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        await AnswerAsync(lamp, 1);
        Assert.Equal("succeeded", (await FinishedRunAsync(guest, run.Headers.Location!.OriginalString)).GetProperty("status").GetString());

        Assert.Equal(2, (await GetJsonAsync(anyScene, Scenes)).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Accepted, (await anyScene.PostAsync($"{Scenes}/evening/run", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task ALimitedGuestsStreamCarriesRunsOfItsScenesOnly()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await http.PostAsync(Scenes, Body("""{"name":"Lamp on","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""), Ct);
        await http.PostAsync(Scenes, Body("""{"name":"Lamp off","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""), Ct);
        using var guest = hub.CreateHttpClient(hub.Tokens.Create("guest", [new AccessGrant("home", AccessRole.Guest, ["lamp-off"])], expires: null).Secret);
        await using var stream = await SseStream.OpenAsync(guest, "/api/v1/homes/home/events?types=scene-run-finished", Ct);

        // The hidden scene's run finishes first; the guest's stream must skip it.
        var hidden = await http.PostAsync($"{Scenes}/lamp-on/run", null, Ct);
        await AnswerAsync(lamp, 1);
        await FinishedRunAsync(http, hidden.Headers.Location!.OriginalString);
        var visible = await http.PostAsync($"{Scenes}/lamp-off/run", null, Ct);
        await AnswerAsync(lamp, 1);

        var finished = await stream.NextAsync(Ct);
        Assert.Equal("lamp-off", finished.Data.GetProperty("data").GetProperty("sceneId").GetString());
        Assert.Equal(visible.Headers.Location!.OriginalString.Split('/')[^1], finished.Data.GetProperty("data").GetProperty("runId").GetString());
    }

    [Fact]
    public async Task ASnapshotIsASceneOfTheDevicesCurrentWritableValues()
    {
        await using var home = await SceneHome.StartAsync();
        var (hub, http, lamp, speaker) = (home.Hub, home.Http, home.Lamp, home.Speaker);
        await lamp.PublishAsync("properties", """{"values":{"light.on":true,"light.brightness":45}}""", Ct);
        await speaker.PublishAsync("properties", """{"values":{"speaker.volume":20,"play-control.playing-state":1}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("speaker-1", out var d) && d.Properties.ContainsKey("speaker.volume")
            && hub.Registry.TryGetDevice("lamp-1", out var l) && l.Properties.ContainsKey("light.brightness"), Ct));

        var response = await http.PostAsync($"{Scenes}/snapshot", Body("""{"name":"Reading corner","deviceIds":["lamp-1","speaker-1"]}"""), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var scene = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("reading-corner", scene.GetProperty("id").GetString());
        var steps = scene.GetProperty("steps");
        Assert.Equal("""{"light.on":true,"light.brightness":45}""", steps[0].GetProperty("set").GetRawText());
        Assert.Equal("""{"speaker.volume":20}""", steps[1].GetProperty("set").GetRawText());
        var bad = await AssertProblemAsync(await http.PostAsync($"{Scenes}/snapshot", Body("""{"name":"x","deviceIds":["ghost"]}"""), Ct), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("$.deviceIds[0]", out _));
    }

    [Fact]
    public async Task ScenesAndRunsSurviveARestart()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-scenes-restart-").FullName;
        try
        {
            string location;
            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
                await hub.WaitOnlineAsync("lamp-1", Ct);
                using var http = hub.CreateHttpClient();
                await http.PostAsync(Scenes, Body("""{"name":"Lamp on","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""), Ct);
                var response = await http.PostAsync($"{Scenes}/lamp-on/run", null, Ct);
                location = response.Headers.Location!.OriginalString;
                await AnswerAsync(lamp, 1);
                await FinishedRunAsync(http, location);
            }

            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var http = hub.CreateHttpClient();
                var scene = await GetJsonAsync(http, $"{Scenes}/lamp-on");
                Assert.Equal(("Lamp on", 1), (scene.GetProperty("name").GetString(), scene.GetProperty("version").GetInt32()));
                var run = await GetJsonAsync(http, location);
                Assert.Equal("succeeded", run.GetProperty("status").GetString());
                Assert.Equal("applied", run.GetProperty("steps")[0].GetProperty("status").GetString());
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = Body(body);
        request.Headers.IfMatch.ParseAdd(ifMatch);
        return await http.SendAsync(request, Ct);
    }
}
