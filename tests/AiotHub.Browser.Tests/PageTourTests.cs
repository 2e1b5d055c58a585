using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Every page of the app, visited on a 390×844 phone in English and in Chinese: axe-core (Vendor/axe-core) finds no
/// serious or critical violation on any of them, and each page is photographed at phone (390×844) and tablet
/// (768×1024) width into artifacts/browser/pages/. With AIOTHUB_DOCS_SCREENSHOTS=1 the English ones are also written to
/// docs/screenshots/, which docs/app.md shows (how to refresh them: docs/app.md "Screenshots").
/// </summary>
public sealed class PageTourTests(BrowserHub hub)
{
    public const string TourAutomationId = "tour-evening";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every page of the app. A new page gets a line here (and its screenshots in docs/app.md).</summary>
    internal static IReadOnlyList<AppPage> Pages(string runId) =>
    [
        new("signin", "/signin", "signin", SignedIn: false),
        new("home", "/", "tile-living-light"),
        new("device", "/devices/living-light", "commands"),
        new("add-device", "/devices/add", "pairing-list"),
        new("pending", "/pending", "pending-page"),
        new("tokens", "/tokens", "token-list"),
        new("automations", "/automations", "automations-page"),
        new("automation", $"/automations/{TourAutomationId}", $"automation-page-{TourAutomationId}"),
        new("trace", $"/automations/{TourAutomationId}/runs/{runId}", "trace"),
        new("automation-new", "/automations/new", "automation-editor"),
        new("automation-edit", $"/automations/{TourAutomationId}/edit", "automation-editor"),
        new("scenes", "/scenes", "scenes-page"),
        new("scene-new", "/scenes/new", "scene-editor"),
        new("rooms", "/rooms", "rooms-page"),
        new("voice", "/voice", "voice-log"),
        new("suggestions", "/suggestions", "suggestions-settings"),
        new("firmware", "/firmware", "firmware-settings-save"),
        new("maker", "/maker", "maker-no-releases", AsMaker: true),
        new("maker-feedback", "/maker/feedback", "maker-feedback-empty", AsMaker: true),
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task EveryPageHasNoSeriousAccessibilityViolationOnAPhoneAndIsPhotographedAtPhoneAndTabletWidth(string locale)
    {
        hub.RequireBrowser();
        var runId = await TourRunAsync();
        var makerSecret = await TourMakerAsync();
        var failures = new List<string>();
        foreach (var page in Pages(runId))
        {
            await using var session = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions
            {
                Locale = locale,
                SignedInWith = !page.SignedIn ? null : page.AsMaker ? makerSecret : hub.OwnerSecret,
            });
            await session.Page.GotoAsync(page.Path);
            await Assertions.Expect(session.Page.GetByTestId(page.ReadyTestId).First).ToBeVisibleAsync();
            Assert.Equal(locale.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en", await session.Page.GetAttributeAsync("html", "lang"));

            var violations = await Accessibility.SeriousViolationsAsync(session.Page);
            if (violations.Count > 0)
                failures.Add($"{page} in {locale}:\n  " + string.Join("\n  ", violations));

            var language = locale[..2];
            await ScreenshotAsync(session.Page, page, language, 390, 844);
            await session.Page.SetViewportSizeAsync(768, 1024);
            await ScreenshotAsync(session.Page, page, language, 768, 1024);
        }

        Assert.True(failures.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task TheAccessibilityCheckFindsAButtonWithoutANameAndAnImageWithoutText()
    {
        // The harness must be able to fail: a page with two critical violations put in on purpose.
        await using var session = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = hub.OwnerSecret });
        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Tile("living-light")).ToBeVisibleAsync();
        await session.Page.EvaluateAsync("""
            () => {
              document.querySelector('main').append(Object.assign(document.createElement('button'), { type: 'button' }),
                Object.assign(document.createElement('img'), { src: '/app-icons/icon-192.png' }));
            }
            """);

        var violations = await Accessibility.SeriousViolationsAsync(session.Page);

        Assert.Contains(violations, v => v.StartsWith("button-name (critical)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
    }

    private static string? _makerSecret;

    /// <summary>A device maker's token (vendor "tour", no releases yet) for the maker's pages: made once per hub.</summary>
    private async Task<string> TourMakerAsync() =>
        _makerSecret ??= await hub.CreateMakerTokenAsync("Tour maker", "tour", Ct);

    /// <summary>The automation and run the automation and trace pages show: created once, run once.</summary>
    private async Task<string> TourRunAsync()
    {
        using (var existing = await hub.Owner.GetAsync($"/api/v1/homes/home/automations/{TourAutomationId}", Ct))
        {
            if (!existing.IsSuccessStatusCode)
            {
                using var created = await hub.Owner.PostAsync("/api/v1/homes/home/automations", new StringContent($$$"""
                    {"id":"{{{TourAutomationId}}}","name":"Evening light","triggers":[{"kind":"manual"}],
                     "actions":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true,"light.brightness":40}}]}
                    """, System.Text.Encoding.UTF8, "application/json"), Ct);
                Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
            }
        }

        using var run = await hub.Owner.PostAsJsonAsync($"/api/v1/homes/home/automations/{TourAutomationId}/run", new { skipConditions = true }, Ct);
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync(Ct));
        return (await run.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private static async Task ScreenshotAsync(IPage page, AppPage appPage, string language, int width, int height)
    {
        // What a person sees on opening the page, at device pixel ratio 1: small PNGs.
        var name = $"{appPage.Name}-{language}-{width}x{height}.png";
        var directory = Path.Combine(PhoneSession.ArtifactsDirectory(), "browser", "pages");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        if (language == "en" && Environment.GetEnvironmentVariable("AIOTHUB_DOCS_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(Path.GetDirectoryName(PhoneSession.ArtifactsDirectory())!, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, $"{appPage.Name}-{(width < 600 ? "phone" : "tablet")}.png"), overwrite: true);
        }
    }
}
