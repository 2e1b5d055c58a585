using System.Net.Http.Json;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;
using AiotHub.Gateway.Tests;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The Suggestions page on a phone against the shipped demo home (`--demo`), which starts with weeks of generated
/// history and mines it soon after start: each suggestion with what it would do and its evidence, the times it is built
/// on from the activity log, putting one off, dismissing one with a reason, accepting a scene, and the page in Chinese.
/// And the issue's Done-when walk: a new user opens the demo, sees suggestions with their evidence, accepts one that a
/// sensor starts (a linkage such as the demo's front door → ceiling light after sunset; else the demo's correction of
/// motion-night-light), the (simulated) sensor reads it — the door opens, someone walks by — and the automation's trace
/// shows the run.
/// </summary>
public sealed partial class SuggestionsTests(BrowserHub hub, DemoHomeHub demo) : IClassFixture<DemoHomeHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachSuggestionSaysWhatItWouldDoAndShowsItsEvidenceFromTheActivityLog()
    {
        hub.RequireBrowser();
        var open = await DemoSuggestions.WaitForOpenAsync(demo, 2, Ct);
        await using var phone = await OpenAsync();
        var page = phone.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("home-suggestions")).ToHaveTextAsync(open.Count == 1 ? "1 suggestion →" : $"{open.Count} suggestions →");
        await page.GetByTestId("home-suggestions").ClickAsync();
        await Expect(page.GetByTestId("suggestions-page")).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"suggestion-{open[0].Id}").GetByTestId("evidence-timeline")).ToBeVisibleAsync();
        await DocsScreenshotsAsync(page);

        foreach (var s in open)
        {
            var card = page.GetByTestId($"suggestion-{s.Id}");
            await Expect(card.GetByTestId("suggestion-title")).ToHaveTextAsync(s.Json.GetProperty("title").GetProperty("en").GetString()!);
            await Expect(card.GetByTestId("suggestion-explanation")).ToHaveTextAsync(s.Json.GetProperty("explanation").GetProperty("en").GetString()!);
            await Expect(card.GetByTestId("suggestion-support")).ToHaveTextAsync(new Regex($@"^{s.Support} times in the last \d+ (weeks|days)$"));
            await Expect(card.GetByTestId("suggestion-confidence")).ToHaveTextAsync(new Regex(@"^It held \d+% of the times it could have: (very sure|fairly sure|not so sure)\.$"));
            await Expect(card.GetByTestId("evidence-timeline")).ToHaveAttributeAsync("data-points", s.Occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(card.GetByTestId("evidence-timeline")).ToHaveAttributeAsync("aria-label", new Regex($@"^{s.Occurrences} times from .+ to .+, typically around .+$"));
            if (s.Automation is { } automation && s.Runs > 1)
            {
                // When / Only if / Do: one line per trigger, condition and action, in the profiles' words (no member keys).
                await Expect(card.GetByTestId("what-trigger")).ToHaveCountAsync(automation.GetProperty("triggers").GetArrayLength());
                await Expect(card.GetByTestId("what-action")).ToHaveCountAsync(automation.GetProperty("actions").GetArrayLength());
                await Expect(card.GetByTestId("suggestion-what")).Not.ToContainTextAsync(new Regex(@"\b[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\b"));
                await Expect(card.GetByTestId("suggestion-replay")).ToHaveTextAsync(new Regex(
                    $@"^Had it existed over the last \d+ weeks, it would have run {s.Runs} times; you did it yourself {s.Matched} of those times\."));
            }
            else if (s.Scene is { } scene)
            {
                await Expect(card.GetByTestId("what-step")).ToHaveCountAsync(scene.GetProperty("steps").GetArrayLength());
            }
        }

        // The evidence itself: the newest time's activity-log entries, which the suggestion names by id.
        var first = open[0];
        var evidence = page.GetByTestId($"suggestion-{first.Id}");
        await evidence.GetByTestId("occurrences").Locator("summary").ClickAsync();
        await evidence.GetByTestId("occurrence-show").First.ClickAsync();
        var entries = evidence.GetByTestId("occurrence-entries").First.GetByTestId("activity-entry");
        await Expect(entries).ToHaveCountAsync(first.NewestActivityIds);
        await Expect(entries.Last).ToContainTextAsync(new Regex(@"\((in the app|by voice|on the device)\)$"));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "the Suggestions page with the demo home's suggestions");
    }

    [Fact]
    public async Task NotNowPutsASuggestionOffForAWeekAndDismissKeepsTheReason()
    {
        hub.RequireBrowser();
        var open = await DemoSuggestions.WaitForOpenAsync(demo, 2, Ct);
        // Not the one the Done-when walk accepts.
        var walk = DemoSuggestions.WalkSuggestion(open);
        var candidates = open.Where(s => s.Id != walk?.Id).ToList();
        Assert.True(candidates.Count >= 2, $"the demo home has {candidates.Count} suggestions besides the walk's; two are needed");
        var (later, never) = (candidates[0], candidates[1]);
        await using var phone = await OpenAsync();
        var page = phone.Page;
        await page.GotoAsync("/suggestions");

        await page.GetByTestId($"suggestion-{later.Id}").GetByTestId("snooze").ClickAsync();
        await Expect(page.GetByTestId("suggestion-snoozed")).ToHaveTextAsync(new Regex("^Not now: it comes back in a week\\."));
        await Expect(page.GetByTestId($"suggestion-{later.Id}")).ToHaveCountAsync(0);
        var snoozed = await DemoSuggestions.GetAsync(demo, later.Id, Ct);
        Assert.Equal("snoozed", snoozed.GetProperty("status").GetString());
        var until = snoozed.GetProperty("snoozedUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));

        var card = page.GetByTestId($"suggestion-{never.Id}");
        await card.GetByTestId("dismiss").ClickAsync();
        await Expect(card.GetByTestId("dismiss-confirm")).ToContainTextAsync("It will not be suggested again.");
        await card.GetByTestId("dismiss-reason").FillAsync("We only do this in winter");
        await card.GetByTestId("dismiss-confirm-button").ClickAsync();
        await Expect(page.GetByTestId($"suggestion-{never.Id}")).ToHaveCountAsync(0);
        var dismissed = await DemoSuggestions.GetAsync(demo, never.Id, Ct);
        Assert.Equal("dismissed", dismissed.GetProperty("status").GetString());
        Assert.Equal("We only do this in winter", dismissed.GetProperty("dismissReason").GetString());

        // Each under its tab, with what was decided.
        await page.GetByTestId("suggestions-tab-snoozed").ClickAsync();
        await Expect(page.GetByTestId($"suggestion-{later.Id}").GetByTestId("snoozed-note")).ToContainTextAsync("Not now: it comes back on");
        await page.GetByTestId("suggestions-tab-dismissed").ClickAsync();
        await Expect(page.GetByTestId($"suggestion-{never.Id}").GetByTestId("dismissed-note")).ToHaveTextAsync("Dismissed: We only do this in winter");
        await Expect(page.GetByTestId($"suggestion-{never.Id}").GetByTestId("accept")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task InChineseTheSuggestionsPageSpeaksChineseThroughout()
    {
        hub.RequireBrowser();
        var open = await DemoSuggestions.WaitForOpenAsync(demo, 1, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { BaseAddress = demo.BaseAddress, Locale = "zh-CN", SignedInWith = demo.OwnerSecret });
        var page = phone.Page;
        await page.GotoAsync("/suggestions");
        var first = page.GetByTestId($"suggestion-{open[0].Id}");
        await Expect(first.GetByTestId("suggestion-title")).ToHaveTextAsync(open[0].Json.GetProperty("title").GetProperty("zh").GetString()!);
        await Expect(first.GetByTestId("suggestion-support")).ToHaveTextAsync(new Regex($@"^最近 \d+ (周|天)里有 {open[0].Support} 次$"));
        await Expect(page.GetByTestId("suggestions-settings")).ToContainTextAsync("从家人的操作中学习习惯");
        // The household's own names (devices, rooms, a suggested scene's name) are theirs; everything else is Chinese.
        var names = new List<string>(await NoEnglish.HomeNamesAsync(demo.Owner, Ct));
        names.AddRange(open.Select(s => s.Scene?.GetProperty("name").GetString()).OfType<string>());
        await NoEnglish.AssertNoEnglishAsync(page, names, page.GetByTestId("suggestions-page"));
    }

    [Fact]
    public async Task ANewUserOpensTheDemoSeesSuggestionsWithEvidenceAcceptsOneTriggersItAndSeesTheRunInTheTrace()
    {
        hub.RequireBrowser();
        var linkage = await WaitForWalkSuggestionAsync();
        var automation = linkage.Automation!.Value;
        var trigger = DemoSuggestions.SensorTrigger(linkage)!.Value;
        var sensorId = trigger.GetProperty("deviceId").GetString()!;
        var property = trigger.GetProperty("property").GetString()!;
        var to = trigger.GetProperty("to").Clone();

        // 1. A new user signs in to the demo with the owner's token and follows the home page's count of suggestions.
        await using var phone = await PhoneSession.OpenAsync(hub, demo.BaseAddress);
        var page = phone.Page;
        await phone.SignInAsync(demo.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await page.GetByTestId("home-suggestions").ClickAsync();

        // 2. The suggestion with its evidence: what it would do, how often, the timeline.
        var card = page.GetByTestId($"suggestion-{linkage.Id}");
        await Expect(card).ToHaveAttributeAsync("data-kind", linkage.Kind);
        await Expect(card.GetByTestId("what-trigger").First).ToContainTextAsync("becomes");
        await Expect(card.GetByTestId("suggestion-support")).ToHaveTextAsync(new Regex($@"^{linkage.Support} times in the last \d+ (weeks|days)$"));
        await Expect(card.GetByTestId("evidence-timeline")).ToHaveAttributeAsync("data-points", linkage.Occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // 3. Accept: stored as an ordinary automation (a correction: the automation it changes), with a link to its editor.
        await card.GetByTestId("accept").ClickAsync();
        await Expect(page.GetByTestId("suggestion-accepted")).ToContainTextAsync(linkage.Kind == "correction" ? "Changed the automation:" : "Saved as an automation:");
        var link = card.GetByTestId("accepted-link");
        var name = (await link.TextContentAsync())!;
        var href = (await link.GetAttributeAsync("href"))!;
        var automationId = Uri.UnescapeDataString(Regex.Match(href, "^/automations/([^/]+)/edit$").Groups[1].Value);
        var stored = await demo.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/automations/{Uri.EscapeDataString(automationId)}", Ct);
        Assert.Equal(automation.GetProperty("triggers").GetRawText(), stored.GetProperty("definition").GetProperty("triggers").GetRawText());
        Assert.Equal("accepted", (await DemoSuggestions.GetAsync(demo, linkage.Id, Ct)).GetProperty("status").GetString());

        // 4. The TV starts playing (or the door opens): the test holds the device now (its secret rotated through the API, as
        // an owner may), and it reports the trigger's value as the device itself.
        await using var sensor = await TakeOverAsync(sensorId, property, to);
        Assert.Null(sensor.Find(sensorId)!.SetLocally(property, to));

        // 5. The run in the automation's trace: from the editor the link leads to the automation's page, then its newest run.
        await link.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"← {name}" }).ClickAsync();
        var run = page.GetByTestId("runs").Locator("li").First.GetByRole(AriaRole.Link);
        // Without conditions (the demo's TV → curtain) it must have done its work; with one, the hour may not allow it.
        await Expect(run).ToHaveTextAsync(
            new Regex(DemoSuggestions.HasConditions(linkage) ? "^(Succeeded|Conditions not met)$" : "^Succeeded$"), new() { Timeout = 30_000 });
        await run.ClickAsync();
        var trace = page.GetByTestId("trace");
        await Expect(trace).ToHaveAttributeAsync("data-result", new Regex("^(succeeded|conditions-failed)$"));
        await Expect(page.GetByTestId("trace-trigger")).Not.ToBeEmptyAsync();
        if (await trace.GetAttributeAsync("data-result") == "succeeded")
        {
            // Every step the suggestion set out was carried out.
            await Expect(page.GetByTestId("step")).ToHaveCountAsync(automation.GetProperty("actions").GetArrayLength());
            foreach (var step in await page.GetByTestId("step").AllAsync())
                await Expect(step).ToHaveAttributeAsync("data-status", "succeeded");
        }
        else
        {
            // The suggestion's condition (after dark, a time window) did not hold at this hour: the trace says which.
            await Expect(page.GetByTestId("condition").And(page.Locator("[data-result=false]"))).Not.ToHaveCountAsync(0);
        }
    }

    private async Task<DemoSuggestion> WaitForWalkSuggestionAsync()
    {
        var open = await DemoSuggestions.WaitForOpenAsync(demo, 1, Ct);
        var found = DemoSuggestions.WalkSuggestion(open);
        Assert.True(found is not null, "the demo home has no suggestion a sensor starts to accept: " + string.Join(", ", open.Select(s => $"{s.Kind} {s.Id}")));
        return found;
    }

    // The demo's sensor runs inside the hub; rotating its secret disconnects it for good, and the test connects as it,
    // reading anything but the trigger's value, so that reading it next is a change.
    private async Task<SimulatorFleet> TakeOverAsync(string deviceId, string property, JsonElement to)
    {
        var device = await demo.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}", Ct);
        using var rotate = await demo.Owner.PostAsync($"/api/v1/homes/home/devices/{deviceId}/credentials/rotate", null, Ct);
        Assert.True(rotate.IsSuccessStatusCode, $"rotating {deviceId}'s secret answered {rotate.StatusCode}");
        var secret = await rotate.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var scenario = ScenarioParser.Parse(JsonSerializer.Serialize(new
        {
            name = "walk",
            rooms = new[] { new { name = "Walk", devices = new[] { new { id = deviceId, model = device.GetProperty("model").GetString(), name = device.GetProperty("name").GetString() } } } },
        }));
        Assert.True(scenario.IsValid, string.Join("; ", scenario.Errors));
        var (profiles, errors) = ProfileLoader.Load([Path.Combine(AppContext.BaseDirectory, "device-profiles")]);
        Assert.Empty(errors);
        var credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal)
        {
            [deviceId] = new(secret.GetProperty("userName").GetString(), secret.GetProperty("password").GetString()),
        };
        var fleet = SimulatorFleet.FromScenario(new FleetOptions { Port = demo.MqttPort, Credentials = credentials, Device = { Rate = 0 } }, scenario.Scenario, profiles);
        await fleet.StartAsync(Ct);
        var online = await Eventually.MatchesAsync(
            async () => (await demo.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}", Ct)).GetProperty("availability").GetProperty("state").GetString(),
            state => state == "online", Ct);
        Assert.Equal("online", online);
        if (to.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var before = JsonSerializer.SerializeToElement(to.ValueKind != JsonValueKind.True);
            Assert.Null(fleet.Find(deviceId)!.SetLocally(property, before));
            Assert.Equal(before.GetRawText(), await Eventually.MatchesAsync(() => demo.ReportedAsync(deviceId, property, Ct), v => v == before.GetRawText(), Ct));
        }

        return fleet;
    }

    // docs/app.md shows the demo's Suggestions page (AIOTHUB_DOCS_SCREENSHOTS=1, as PageTourTests' pages).
    private static async Task DocsScreenshotsAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("AIOTHUB_DOCS_SCREENSHOTS") != "1")
            return;
        var docs = Path.Combine(Path.GetDirectoryName(PhoneSession.ArtifactsDirectory())!, "docs", "screenshots");
        Directory.CreateDirectory(docs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "suggestions-demo-phone.png") });
        await page.SetViewportSizeAsync(768, 1024);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "suggestions-demo-tablet.png") });
        await page.SetViewportSizeAsync(390, 844);
    }

    private Task<PhoneSession> OpenAsync() =>
        PhoneSession.OpenAsync(hub, new PhoneSessionOptions { BaseAddress = demo.BaseAddress, SignedInWith = demo.OwnerSecret });
}
