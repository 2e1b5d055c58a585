using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// A household member's hostile imports (issue 12): one automation of 100 `if` actions holding 100 `notify` actions
/// each, and 1,000 automations on a one-second cron. Against the real hub process with default settings, each is
/// refused naming the limit, nothing is stored, and `/healthz` keeps answering. (Memory and latency under the
/// imports at the limits are measured by the automation-limits benchmark, docs/benchmarks.md.)
/// </summary>
[Collection(AttackCollection.Name)]
public sealed class HostileImportAttackTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMembersHostileImportsAreRefusedNamingTheLimitAndChangeNothing()
    {
        await using var hub = GatewayProcess.Start("--demo");
        using var owner = await hub.CreateOwnerClientAsync(Token);
        using var made = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "teenager", role = "member" }, Token);
        var secret = (await made.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("secret").GetString()!;
        using var member = new HttpClient { BaseAddress = hub.BaseAddress };
        member.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        var before = await AutomationIdsAsync(owner);

        var notify = string.Join(",", Enumerable.Repeat("""{"kind":"notify","message":"m"}""", 100));
        var ifs = string.Join(",", Enumerable.Repeat($$"""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{{notify}}]}""", 100));
        var deep = $$"""{"format":"aiothub-automations/1","automations":[{"id":"deep","name":"deep","mode":"parallel","max":60,"triggers":[{"kind":"manual"}],"actions":[{{ifs}}]}]}""";
        var crons = string.Join(",", Enumerable.Range(0, 1000).Select(i =>
            $$"""{"id":"tick-{{i}}","name":"tick {{i}}","triggers":[{"kind":"schedule","cron":"* * * * * *"}],"actions":[{"kind":"notify","message":"tick"}]}"""));
        var flood = $$"""{"format":"aiothub-automations/1","automations":[{{crons}}]}""";

        foreach (var (document, limit) in new[] { (deep, "StepsPerAutomation"), (flood, "AutomationsPerImport") })
        {
            using var answer = await member.PostAsync("/api/v1/homes/home/automations/import",
                new StringContent(document, Encoding.UTF8, "application/json"), Token);
            var body = await answer.Content.ReadAsStringAsync(Token);
            Assert.True(answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{answer.StatusCode}: {body}");
            Assert.Contains(limit, body, StringComparison.Ordinal);
            using var healthz = await member.GetAsync("/healthz", Token);
            Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        }

        // One automation on a per-second cron alone is refused too, naming the schedule limit.
        var single = """{"id":"tick","name":"tick","triggers":[{"kind":"schedule","cron":"* * * * * *"}],"actions":[{"kind":"notify","message":"tick"}]}""";
        using var one = await member.PostAsync("/api/v1/homes/home/automations", new StringContent(single, Encoding.UTF8, "application/json"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, one.StatusCode);
        Assert.Contains("MinScheduleInterval", await one.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        Assert.Equal(before, await AutomationIdsAsync(owner));
    }

    private static async Task<string[]> AutomationIdsAsync(HttpClient owner)
    {
        var page = await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations?limit=500", Token);
        return [.. page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
    }
}
