using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Scenes;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Automations.AutomationsApiTests;

namespace AiotHub.Gateway.Tests.Automations;

/// <summary>
/// Run-now and the traces at /api/v1/homes/{homeId}/automation-runs, with test devices that answer
/// (or refuse) the commands a run sends over MQTT.
/// </summary>
public sealed class AutomationRunsApiTests
{
    private const string Runs = "/api/v1/homes/home/automation-runs";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Polls the trace (never sleeps blindly) until its result is no longer "running".</summary>
    internal static async Task<JsonElement> FinishedRunAsync(HttpClient http, string location)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var run = await GetJsonAsync(http, location);
            if (run.GetProperty("result").GetString() != "running")
                return run;
            Assert.True(clock.Elapsed < Eventually.Timeout, $"the run did not finish: {run}");
            await Task.Delay(20, Ct);
        }
    }

    [Fact]
    public async Task RunNowTracesEachStepWithItsCommandsOutcome()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Evening), Ct)).StatusCode);

        var lamp = ScenesApiTests.AnswerAsync(home.Lamp, 1);
        var speaker = ScenesApiTests.AnswerAsync(home.Speaker, 1, code: -1);
        var response = await http.PostAsync($"{AutomationsUrl}/evening/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"{Runs}/{accepted.GetProperty("id").GetString()}", location);
        Assert.Equal(30, (await lamp)[0].GetProperty("values").GetProperty("light.brightness").GetInt32());
        Assert.Equal("Good evening", (await speaker)[0].GetProperty("in").GetProperty("text").GetString());

        var run = await FinishedRunAsync(http, location);
        Assert.Equal(("evening", "Evening", "partial"),
            (run.GetProperty("automationId").GetString(), run.GetProperty("automationName").GetString(), run.GetProperty("result").GetString()));
        var trigger = run.GetProperty("trigger");
        Assert.Equal(("manual", -1), (trigger.GetProperty("kind").GetString(), trigger.GetProperty("index").GetInt32()));
        var steps = run.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["$.actions[0]", "$.actions[1]"], steps.Select(s => s.GetProperty("path").GetString()));
        Assert.Equal(("succeeded", "applied", "lamp-1"), (steps[0].GetProperty("status").GetString(), steps[0].GetProperty("commandStatus").GetString(), steps[0].GetProperty("deviceId").GetString()));
        Assert.True(steps[0].GetProperty("latencyMs").GetDouble() >= 0);
        Assert.False(string.IsNullOrEmpty(steps[0].GetProperty("commandId").GetString()));
        Assert.Equal(("failed", "rejected"), (steps[1].GetProperty("status").GetString(), steps[1].GetProperty("commandStatus").GetString()));

        var listed = Assert.Single((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());
        Assert.Equal((run.GetProperty("id").GetString(), "partial"),
            (listed.GetProperty("lastRun").GetProperty("id").GetString(), listed.GetProperty("lastRun").GetProperty("result").GetString()));
        Assert.Single((await GetItemsAsync(http, $"{Runs}?automationId=evening")).EnumerateArray());
        Assert.Single((await GetItemsAsync(http, $"{Runs}?result=partial")).EnumerateArray());
        Assert.Empty((await GetItemsAsync(http, $"{Runs}?result=succeeded")).EnumerateArray());
        Assert.Empty((await GetItemsAsync(http, $"{Runs}?automationId=morning")).EnumerateArray());
    }

    [Fact]
    public async Task RunNowChecksTheConditionsUnlessAskedToSkipThem()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body("""
            {"id":"away-off","name":"Off when away","triggers":[{"kind":"manual"}],
             "conditions":[{"kind":"mode","in":["away"]}],
             "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}
            """), Ct)).StatusCode);

        var refused = await http.PostAsync($"{AutomationsUrl}/away-off/run", Body("{}"), Ct);
        var run = await FinishedRunAsync(http, refused.Headers.Location!.OriginalString);
        Assert.Equal("conditions-failed", run.GetProperty("result").GetString());
        var condition = Assert.Single(run.GetProperty("conditions").EnumerateArray());
        Assert.Equal(("$.conditions[0]", false), (condition.GetProperty("path").GetString(), condition.GetProperty("result").GetBoolean()));
        Assert.DoesNotContain(run.GetProperty("steps").EnumerateArray(), s => s.GetProperty("status").GetString() != "skipped");

        var lamp = ScenesApiTests.AnswerAsync(home.Lamp, 1);
        var forced = await http.PostAsync($"{AutomationsUrl}/away-off/run", Body("""{"skipConditions":true}"""), Ct);
        await lamp;
        Assert.Equal("succeeded", (await FinishedRunAsync(http, forced.Headers.Location!.OriginalString)).GetProperty("result").GetString());
        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/nope/run", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{AutomationsUrl}/away-off/disable", null, Ct)).StatusCode);
        var disabled = await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/away-off/run", null, Ct), HttpStatusCode.Conflict);
        Assert.Contains("disabled", disabled.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/away-off/run", Body("""{"skipConditions":"yes"}"""), Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheRunsListPagesNewestFirstAndRefusesBadFilters()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body("""
            {"id":"notice","name":"Notice","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hello"}]}
            """), Ct)).StatusCode);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await http.PostAsync($"{AutomationsUrl}/notice/run", null, Ct);
            ids.Add((await FinishedRunAsync(http, response.Headers.Location!.OriginalString)).GetProperty("id").GetString()!);
        }

        var first = await GetJsonAsync(http, $"{Runs}?limit=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var second = await GetJsonAsync(http, $"{Runs}?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(3, (await GetItemsAsync(http, $"{Runs}?from=2000-01-01T00:00:00Z&result=succeeded")).GetArrayLength());
        Assert.Empty((await GetItemsAsync(http, $"{Runs}?to=2000-01-01T00:00:00Z")).EnumerateArray());

        var problem = await AssertProblemAsync(await http.GetAsync($"{Runs}?result=great&from=yesterday&limit=0", Ct), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("result", out var result) && result[0].GetString()!.Contains("conditions-failed", StringComparison.Ordinal), errors.ToString());
        Assert.True(errors.TryGetProperty("from", out _) && errors.TryGetProperty("limit", out _), errors.ToString());
        await AssertProblemAsync(await http.GetAsync($"{Runs}/run-nope", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.GetAsync("/api/v1/homes/cabin/automation-runs", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ARunStartedFromTheApiSaysTheTokensNameAndKeepsItsIdForMachines()
    {
        await using var home = await SceneHome.StartAsync();
        var (token, secret) = home.Hub.Tokens.Create("Kitchen tablet", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null);
        using var tablet = home.Hub.CreateHttpClient(secret);
        Assert.Equal(HttpStatusCode.Created, (await home.Http.PostAsync(AutomationsUrl, Body("""
            {"id":"notice","name":"Notice","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hello"}]}
            """), Ct)).StatusCode);

        var response = await tablet.PostAsync($"{AutomationsUrl}/notice/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("trigger");
        Assert.Equal("run now by Kitchen tablet", accepted.GetProperty("description").GetString());
        var run = await FinishedRunAsync(home.Http, response.Headers.Location!.OriginalString);
        var trigger = run.GetProperty("trigger");
        Assert.Equal(("run now by Kitchen tablet", token.Id, "Kitchen tablet"), (trigger.GetProperty("description").GetString(),
            trigger.GetProperty("data").GetProperty("startedBy").GetString(), trigger.GetProperty("data").GetProperty("startedByName").GetString()));
        Assert.DoesNotContain("tok_", trigger.GetProperty("description").GetString()!, StringComparison.Ordinal);

        // Resolved when served: renamed, the token reads as its new name in the list too; revoked, it keeps it.
        Assert.Equal(EditOutcome.Applied, home.Hub.Tokens.TryRename(DeviceRegistry.DefaultHomeId, token.Id, "Hall tablet").Outcome);
        Assert.True(home.Hub.Tokens.Revoke(DeviceRegistry.DefaultHomeId, token.Id));
        var listed = Assert.Single((await GetItemsAsync(home.Http, Runs)).EnumerateArray()).GetProperty("trigger");
        Assert.Equal(("run now by Hall tablet", token.Id), (listed.GetProperty("description").GetString(), listed.GetProperty("data").GetProperty("startedBy").GetString()));
    }
}
