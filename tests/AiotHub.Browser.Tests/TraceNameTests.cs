using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>A trace says who ran an automation by the token's name, in both languages — never "tok_…".</summary>
public sealed class TraceNameTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATraceSaysWhichTokenRanItByName()
    {
        using var created = await hub.Owner.PostAsync("/api/v1/homes/home/automations", new StringContent("""
            {"id":"trace-name-hello","name":"Say hello","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hello"}]}
            """, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await created.Content.ReadAsStringAsync(Ct));
        using var tablet = hub.CreateClient(await hub.CreateTokenAsync("Study tablet", "member", Ct));
        using var started = await tablet.PostAsync("/api/v1/homes/home/automations/trace-name-hello/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await started.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var runId = run.GetProperty("id").GetString();

        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync($"/automations/trace-name-hello/runs/{runId}");
        var trigger = phone.Page.GetByTestId("trace-trigger");
        await Expect(trigger).ToHaveTextAsync("Run now by Study tablet");

        await phone.Page.EvaluateAsync("() => localStorage.setItem('aiothub.language', 'zh')");
        await phone.Page.ReloadAsync();
        await Expect(trigger).ToHaveTextAsync("由 Study tablet 立即运行");
        await Expect(phone.Page.GetByTestId("trace")).Not.ToContainTextAsync("tok_");
    }
}
