using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The Automations pages, a run's trace, the home-mode switch and automation notifications, on the simulated home.</summary>
public sealed class AutomationTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAutomationsPageListsTheHomesAutomationsAndRunShowsATraceWithTickedSteps()
    {
        hub.RequireBrowser();
        await CreateAsync("""
            {"id":"browser-evening","name":"Evening light","description":"Turns the ceiling light on.",
             "triggers":[{"kind":"manual"}],
             "actions":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true,"light.brightness":40}}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();

        await phone.Page.GetByTestId("home-automations").ClickAsync();

        var row = phone.Page.GetByTestId("automation-browser-evening");
        await Expect(row).ToContainTextAsync("Evening light");
        await Expect(row).ToHaveAttributeAsync("data-state", "available");
        await Expect(row.GetByTestId("enabled")).ToBeCheckedAsync();
        // The demo's automations that fit this small home are listed too (the door alert uses its front door).
        await Expect(phone.Page.GetByTestId("automation-door-open-while-away")).ToBeVisibleAsync();

        await row.GetByTestId("run").ClickAsync();

        var trace = phone.Page.GetByTestId("trace");
        await Expect(trace).ToHaveAttributeAsync("data-result", "succeeded");
        await Expect(phone.Page.GetByTestId("trace-trigger")).Not.ToBeEmptyAsync();
        var step = phone.Page.GetByTestId("step");
        await Expect(step).ToHaveCountAsync(1);
        await Expect(step).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(step).ToContainTextAsync("✓");
        await Expect(step).ToContainTextAsync("command applied");
        await Expect(phone.Page.GetByTestId("trace-result")).ToHaveTextAsync("Succeeded");

        await phone.Page.GoBackAsync();
        var lastRun = phone.Page.GetByTestId("automation-browser-evening").GetByTestId("last-run");
        await Expect(lastRun).ToContainTextAsync("Succeeded");
        await lastRun.ClickAsync();
        await Expect(phone.Page.GetByTestId("trace")).ToHaveAttributeAsync("data-result", "succeeded");
    }

    [Fact]
    public async Task TurningAnAutomationOffInTheAppDisablesItInTheHub()
    {
        hub.RequireBrowser();
        await CreateAsync("""
            {"id":"browser-switchable","name":"Switchable","triggers":[{"kind":"manual"}],
             "actions":[{"kind":"notify","message":"Hello"}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations");
        var toggle = phone.Page.GetByTestId("automation-browser-switchable").GetByTestId("enabled");
        await Expect(toggle).ToBeCheckedAsync();

        await toggle.ClickAsync();

        await Expect(toggle).Not.ToBeCheckedAsync();
        await Expect(toggle).ToBeEnabledAsync();
        var stored = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/browser-switchable", Ct);
        Assert.False(stored.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task SettingAwayInTheHeaderRunsTheModeAutomationAndItsNotificationShowsAsAToast()
    {
        hub.RequireBrowser();
        await CreateAsync("""
            {"id":"browser-away-notice","name":"Away notice","triggers":[{"kind":"mode","to":"away"}],
             "actions":[{"kind":"notify","title":"Away","message":"The house is empty now.","level":"info"}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        try
        {
            await phone.Page.GetByTestId("home-mode").SelectOptionAsync("away");

            await Expect(phone.Page.GetByTestId("automation-notification")).ToContainTextAsync("Away: The house is empty now.");
            var mode = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/mode", Ct);
            Assert.Equal("away", mode.GetProperty("mode").GetString());
        }
        finally
        {
            using var reset = await hub.Owner.PutAsJsonAsync("/api/v1/homes/home/mode", new { mode = "home" }, Ct);
        }
    }

    [Fact]
    public async Task AGuestDoesNotSeeTheAutomationsPage()
    {
        hub.RequireBrowser();
        var secret = await hub.CreateTokenAsync("guest without automations", "guest", Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(secret);
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();

        await Expect(phone.Page.GetByTestId("home-automations")).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByTestId("home-mode")).Not.ToHaveJSPropertyAsync("tagName", "SELECT");

        await phone.Page.GotoAsync("/automations");
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        Assert.EndsWith("/", phone.Page.Url, StringComparison.Ordinal);
        await Expect(phone.Page.GetByTestId("automations-page")).ToHaveCountAsync(0);
    }

    private async Task CreateAsync(string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var created = await hub.Owner.PostAsync("/api/v1/homes/home/automations", content, Ct);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
            $"creating the automation answered {created.StatusCode}: {await created.Content.ReadAsStringAsync(Ct)}");
    }
}
