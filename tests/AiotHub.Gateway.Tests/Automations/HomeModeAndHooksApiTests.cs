using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Tests.Events;
using AiotHub.Gateway.Tests.Scenes;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Automations.AutomationRunsApiTests;
using static AiotHub.Gateway.Tests.Automations.AutomationsApiTests;

namespace AiotHub.Gateway.Tests.Automations;

/// <summary>The home mode (/mode) that automations trigger on, and webhooks (/api/v1/hooks/{hookId}) that need no token.</summary>
public sealed class HomeModeAndHooksApiTests
{
    private const string Mode = "/api/v1/homes/home/mode";
    private const string HookId = "k3Jd9-test_hook-0123456789";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SettingTheModeIsRecordedAndStartsTheAutomationsThatWaitForIt()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body("""
            {"id":"leaving","name":"Leaving","triggers":[{"kind":"mode","to":"away"}],
             "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}
            """), Ct)).StatusCode);
        var initial = await GetJsonAsync(http, Mode);
        Assert.Equal("home", initial.GetProperty("mode").GetString());

        var lamp = ScenesApiTests.AnswerAsync(home.Lamp, 1);
        var set = await http.PutAsync(Mode, Body("""{"mode":"away"}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.False((await lamp)[0].GetProperty("values").GetProperty("light.on").GetBoolean());
        var now = await GetJsonAsync(http, Mode);
        Assert.Equal(("away", "api"), (now.GetProperty("mode").GetString(), now.GetProperty("source").GetString()));

        var runs = await GetItemsAsync(http, "/api/v1/homes/home/automation-runs?automationId=leaving");
        var run = await FinishedRunAsync(http, $"/api/v1/homes/home/automation-runs/{runs[0].GetProperty("id").GetString()}");
        Assert.Equal(("succeeded", "mode"), (run.GetProperty("result").GetString(), run.GetProperty("trigger").GetProperty("kind").GetString()));

        var problem = await AssertProblemAsync(await http.PutAsync(Mode, Body("""{"mode":"party"}"""), Ct), HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("$.mode")[0].GetString()!;
        Assert.Contains("\"home\", \"away\", \"sleep\"", message, StringComparison.Ordinal);
        await AssertProblemAsync(await http.PutAsync(Mode, Body("{}"), Ct), HttpStatusCode.BadRequest);
        Assert.Equal("away", (await GetJsonAsync(http, Mode)).GetProperty("mode").GetString());
    }

    [Fact]
    public async Task AGuestsStreamCarriesNotificationsButNotAutomationRuns()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body("""
            {"id":"notice","name":"Notice","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Kettle boiled"}]}
            """), Ct)).StatusCode);
        var secret = home.Hub.Tokens.Create("guest", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Guest)], expires: null).Secret;
        using var guest = home.Hub.CreateHttpClient(secret);
        const string Types = "?types=automation-run-started,automation-run-finished,automation-notification";
        await using var guestStream = await SseStream.OpenAsync(guest, "/api/v1/homes/home/events" + Types, Ct);
        await using var ownerStream = await SseStream.OpenAsync(http, "/api/v1/homes/home/events" + Types, Ct);

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{AutomationsUrl}/notice/run", null, Ct)).StatusCode);

        Assert.Equal(["automation-run-started", "automation-notification", "automation-run-finished"],
            [(await ownerStream.NextAsync(Ct)).Type, (await ownerStream.NextAsync(Ct)).Type, (await ownerStream.NextAsync(Ct)).Type]);
        var seen = await guestStream.NextAsync(Ct);
        Assert.Equal("automation-notification", seen.Type);
        Assert.Equal("Kettle boiled", seen.Data.GetProperty("data").GetProperty("message").GetString());
    }

    [Fact]
    public async Task AGuestSeesTheModeButCannotSetIt()
    {
        await using var home = await SceneHome.StartAsync();
        var secret = home.Hub.Tokens.Create("guest", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Guest)], expires: null).Secret;
        using var guest = home.Hub.CreateHttpClient(secret);

        Assert.Equal("home", (await GetJsonAsync(guest, Mode)).GetProperty("mode").GetString());
        await AssertProblemAsync(await guest.PutAsync(Mode, Body("""{"mode":"away"}"""), Ct), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await guest.GetAsync("/api/v1/homes/home/automation-runs", Ct), HttpStatusCode.Forbidden);
        Assert.Equal("home", (await GetJsonAsync(home.Http, Mode)).GetProperty("mode").GetString());
    }

    [Fact]
    public async Task AWebhookStartsItsAutomationWithoutATokenAndTheBodyIsTheTriggersData()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body($$"""
            {"id":"doorbell","name":"Doorbell","triggers":[{"kind":"webhook","hookId":"{{HookId}}"}],
             "actions":[{"kind":"notify","message":"Someone is at the door"}]}
            """), Ct)).StatusCode);
        using var anonymous = home.Hub.CreateHttpClient(null);

        var fired = await anonymous.PostAsync($"/api/v1/hooks/{HookId}", Body("""{"who":"courier"}"""), Ct);
        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        var runId = Assert.Single((await fired.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runIds").EnumerateArray()).GetString();
        var run = await FinishedRunAsync(http, $"/api/v1/homes/home/automation-runs/{runId}");
        Assert.Equal(("doorbell", "webhook"), (run.GetProperty("automationId").GetString(), run.GetProperty("trigger").GetProperty("kind").GetString()));
        Assert.Contains("\"courier\"", run.GetProperty("trigger").GetProperty("data").GetRawText(), StringComparison.Ordinal);

        var empty = await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, empty.StatusCode);
        await AssertProblemAsync(await anonymous.PostAsync($"/api/v1/hooks/{HookId}", new StringContent("not json", Encoding.UTF8, "text/plain"), Ct), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await anonymous.PostAsync("/api/v1/hooks/k3Jd9-test_hook-0123456780", Body("{}"), Ct), HttpStatusCode.NotFound);
        var large = "{\"pad\":\"" + new string('x', 70_000) + "\"}";
        await AssertProblemAsync(await anonymous.PostAsync($"/api/v1/hooks/{HookId}", Body(large), Ct), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(2, (await GetItemsAsync(http, "/api/v1/homes/home/automation-runs?automationId=doorbell")).GetArrayLength());

        // Disabled, the hook no longer answers: nothing listens to it.
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{AutomationsUrl}/doorbell/disable", null, Ct)).StatusCode);
        await AssertProblemAsync(await anonymous.PostAsync($"/api/v1/hooks/{HookId}", Body("{}"), Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Guest")]
    [InlineData("Integrator")]
    public async Task OnlyThoseWhoMayRunAutomationsReadAHookId(string role)
    {
        await using var home = await SceneHome.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await home.Http.PostAsync(AutomationsUrl, Body($$"""
            {"id":"doorbell","name":"Doorbell","triggers":[{"kind":"webhook","hookId":"{{HookId}}"}],
             "actions":[{"kind":"notify","message":"Ding"}]}
            """), Ct)).StatusCode);
        var secret = home.Hub.Tokens.Create("reader", [new AccessGrant(DeviceRegistry.DefaultHomeId, Enum.Parse<AccessRole>(role))], expires: null).Secret;
        using var reader = home.Hub.CreateHttpClient(secret);

        var one = await GetJsonAsync(reader, $"{AutomationsUrl}/doorbell");
        var listed = (await GetItemsAsync(reader, AutomationsUrl))[0];
        var export = await reader.GetStringAsync($"{AutomationsUrl}/export", Ct);

        Assert.Equal(AutomationHooks.Hidden, one.GetProperty("definition").GetProperty("triggers")[0].GetProperty("hookId").GetString());
        Assert.Equal(AutomationHooks.Hidden, listed.GetProperty("definition").GetProperty("triggers")[0].GetProperty("hookId").GetString());
        Assert.DoesNotContain(HookId, export, StringComparison.Ordinal);
        Assert.Contains(AutomationHooks.Hidden, export, StringComparison.Ordinal);
        Assert.Equal(HookId, (await GetJsonAsync(home.Http, $"{AutomationsUrl}/doorbell")).GetProperty("definition").GetProperty("triggers")[0].GetProperty("hookId").GetString());
        Assert.Contains(HookId, await home.Http.GetStringAsync($"{AutomationsUrl}/export", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebhookIsRateLimitedPerHook()
    {
        await using var home = await SceneHome.StartAsync(("Automations:HookBurst", "2"), ("Automations:HookPerMinute", "1"));
        Assert.Equal(HttpStatusCode.Created, (await home.Http.PostAsync(AutomationsUrl, Body($$"""
            {"id":"doorbell","name":"Doorbell","mode":"parallel","triggers":[{"kind":"webhook","hookId":"{{HookId}}"}],
             "actions":[{"kind":"notify","message":"Ding"}]}
            """), Ct)).StatusCode);
        using var anonymous = home.Hub.CreateHttpClient(null);

        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct)).StatusCode);
        var limited = await anonymous.PostAsync($"/api/v1/hooks/{HookId}", null, Ct);
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null);
    }

    [Theory]
    [InlineData("k3Jd9-test_hook-0123456789", "k3Jd…(26)")]
    [InlineData("abc", "…")]
    public void AHookIdIsNeverLoggedInFull(string hookId, string logged)
    {
        Assert.Equal(logged, HooksApi.Redact(hookId));
        Assert.DoesNotContain(hookId, HooksApi.Redact(hookId), StringComparison.Ordinal);
    }
}
