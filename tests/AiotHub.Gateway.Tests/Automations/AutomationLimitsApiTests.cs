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
/// The limits as the API answers them (docs/automations.md "Limits"): a 400 naming the limit at the JSON path where it
/// applies, a 413 naming the setting, a 429 with Retry-After naming the limit — and nothing changed each time.
/// </summary>
public sealed class AutomationLimitsApiTests
{
    private const string HookId = "k3Jd9-limits_hook-0123456789";
    private const string RunsUrl = "/api/v1/homes/home/automation-runs";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Held(string id, string trigger = """{"kind":"manual"}""") =>
        $$"""{"id":"{{id}}","name":"{{id}}","mode":"parallel","max":50,"triggers":[{{trigger}}],"actions":[{"kind":"delay","duration":"10m"}]}""";

    [Fact]
    public async Task TheHostileImportOfIssue12IsRefusedNamingTheStepLimitAtItsPathAndNothingIsStored()
    {
        await using var home = await SceneHome.StartAsync();
        var notify = string.Join(",", Enumerable.Repeat("""{"kind":"notify","message":"m"}""", 100));
        var ifs = string.Join(",", Enumerable.Repeat($$"""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{{notify}}]}""", 100));
        var document = $$"""{"format":"aiothub-automations/1","automations":[{"id":"deep","name":"deep","triggers":[{"kind":"manual"}],"actions":[{{ifs}}]}]}""";

        var problem = await AssertProblemAsync(await home.Http.PostAsync($"{AutomationsUrl}/import", Body(document), Ct), HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("$.automations[0].actions[1].then[95]", error.Name);
        Assert.Contains("Automations:Limits:StepsPerAutomation allows 200", error.Value[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await GetItemsAsync(home.Http, AutomationsUrl)).EnumerateArray());
    }

    [Fact]
    public async Task AnImportBodyOverItsLimitIs413NamingTheSetting()
    {
        await using var home = await SceneHome.StartAsync(("Automations:Limits:ImportBytes", "2048"));
        var automations = string.Join(",", Enumerable.Range(0, 20).Select(i => Held($"a{i}")));

        var problem = await AssertProblemAsync(
            await home.Http.PostAsync($"{AutomationsUrl}/import", Body($$"""{"format":"aiothub-automations/1","automations":[{{automations}}]}"""), Ct),
            HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal((2048, "Automations:Limits:ImportBytes"), (problem.GetProperty("limit").GetInt32(), problem.GetProperty("setting").GetString()));
        Assert.Empty((await GetItemsAsync(home.Http, AutomationsUrl)).EnumerateArray());
    }

    [Fact]
    public async Task RunningAnAutomationBeyondItsConcurrentLimitIs429NamingItAndTheRunsInProgressGoOn()
    {
        await using var home = await SceneHome.StartAsync(("Automations:Limits:ConcurrentRunsPerAutomation", "2"));
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Held("held")), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{AutomationsUrl}/held/run", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{AutomationsUrl}/held/run", null, Ct)).StatusCode);
        var refused = await http.PostAsync($"{AutomationsUrl}/held/run", null, Ct);

        var problem = await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Automations:Limits:ConcurrentRunsPerAutomation", problem.GetProperty("limit").GetString());
        Assert.Contains("the most Automations:Limits:ConcurrentRunsPerAutomation allows", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var trace = await GetJsonAsync(http, $"{RunsUrl}/{problem.GetProperty("runId").GetString()}");
        Assert.Equal(("skipped", "Automations:Limits:ConcurrentRunsPerAutomation"), (trace.GetProperty("result").GetString(), trace.GetProperty("limit").GetString()));
        Assert.Equal(2, (await GetJsonAsync(http, $"{RunsUrl}?result=running")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AWebhookWhoseRunsAHomeLimitRefusesIs429NamingIt()
    {
        await using var home = await SceneHome.StartAsync(("Automations:Limits:ConcurrentRunsPerHome", "1"));
        Assert.Equal(HttpStatusCode.Created, (await home.Http.PostAsync(AutomationsUrl, Body(Held("hooked", $$"""{"kind":"webhook","hookId":"{{HookId}}"}""")), Ct)).StatusCode);
        using var anonymous = home.Hub.CreateHttpClient(null);

        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct)).StatusCode);
        var refused = await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct);

        var problem = await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Automations:Limits:ConcurrentRunsPerHome", problem.GetProperty("limit").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(1, (await GetJsonAsync(home.Http, $"{RunsUrl}?result=running")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ACronFiringEverySecondIsRefusedNamingTheScheduleLimit()
    {
        await using var home = await SceneHome.StartAsync();

        var problem = await AssertProblemAsync(await home.Http.PostAsync(AutomationsUrl, Body("""
            {"name":"Tick","triggers":[{"kind":"schedule","cron":"* * * * * *"}],"actions":[{"kind":"notify","message":"tick"}]}
            """), Ct), HttpStatusCode.BadRequest);

        Assert.Equal("fires too often: every 1s at the shortest; Automations:Limits:MinScheduleInterval allows once per 1m at most",
            problem.GetProperty("errors").GetProperty("$.triggers[0].cron")[0].GetString());
        Assert.Empty((await GetItemsAsync(home.Http, AutomationsUrl)).EnumerateArray());
    }

    [Fact]
    public async Task ValidateAnswersAGuestTheSameWhetherAHookIdIsTakenOrNot()
    {
        await using var home = await SceneHome.StartAsync();
        var taken = Held("hooked", $$"""{"kind":"webhook","hookId":"{{HookId}}"}""");
        Assert.Equal(HttpStatusCode.Created, (await home.Http.PostAsync(AutomationsUrl, Body(taken), Ct)).StatusCode);
        var secret = home.Hub.Tokens.Create("guest", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Guest)], expires: null).Secret;
        using var guest = home.Hub.CreateHttpClient(secret);
        var probe = Held("probe", $$"""{"kind":"webhook","hookId":"{{HookId}}"}""");
        var free = Held("probe", """{"kind":"webhook","hookId":"zz-free-hook-0123456789"}""");

        var guestTaken = await (await guest.PostAsync($"{AutomationsUrl}/validate", Body(probe), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var guestFree = await (await guest.PostAsync($"{AutomationsUrl}/validate", Body(free), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var ownerTaken = await (await home.Http.PostAsync($"{AutomationsUrl}/validate", Body(probe), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(guestFree.GetRawText(), guestTaken.GetRawText());
        Assert.True(guestTaken.GetProperty("valid").GetBoolean());
        // The owner may read the home's hook ids: the clash within the home is told.
        Assert.False(ownerTaken.GetProperty("valid").GetBoolean());
        Assert.Equal("$.triggers[0].hookId", ownerTaken.GetProperty("problems")[0].GetProperty("path").GetString());
    }
}
