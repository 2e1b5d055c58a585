using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The Voice page: an utterance the assistant did not understand, taught from its list, said again and carried out.</summary>
public sealed class VoiceTeachingTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUtteranceTaughtFromTheNotUnderstoodListIsCarriedOutWhenSaidAgain()
    {
        hub.RequireBrowser();
        await hub.SetAndWaitAsync("living-light", "light.on", false, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await phone.Page.GetByTestId("nav-voice").ClickAsync();
        var page = phone.Page;

        await page.GetByTestId("voice-say-input").FillAsync("Reading time");
        await page.GetByTestId("voice-say").ClickAsync();
        await Expect(page.GetByTestId("voice-answer")).ToHaveAttributeAsync("data-intent", "unknown");
        var entry = page.Locator("[data-testid='voice-entry'][data-text='Reading time']");
        await Expect(entry).ToHaveCountAsync(1);

        await entry.GetByTestId("voice-entry-teach").ClickAsync();
        var form = entry.GetByTestId("teach-form");
        await form.GetByTestId("teach-kind").SelectOptionAsync("device");
        await form.GetByTestId("teach-device").SelectOptionAsync("living-light");
        await form.GetByTestId("teach-what").SelectOptionAsync("set:light.on");
        await form.GetByTestId("teach-value").SelectOptionAsync("true");
        await form.GetByTestId("teach-submit").ClickAsync();

        await Expect(entry).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid='voice-taught-item'][data-text='Reading time']")).ToHaveCountAsync(1);
        await page.GetByTestId("voice-say-input").FillAsync("reading TIME!");
        await page.GetByTestId("voice-say").ClickAsync();

        await Expect(page.GetByTestId("voice-answer")).ToHaveAttributeAsync("data-intent", "taught");
        await Expect(page.GetByTestId("voice-answer")).ToContainTextAsync("Ceiling light");
        await Expect(page.Locator("[data-testid='voice-entry'][data-text='reading TIME!']")).ToHaveCountAsync(0);
        var on = await Eventually.MatchesAsync(() => hub.ReportedAsync("living-light", "light.on", Ct), r => r?.ValueKind == JsonValueKind.True, Ct);
        Assert.True(on?.ValueKind == JsonValueKind.True, "living-light did not report light.on = true after the taught utterance");
        var taught = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/voice/taught", Ct);
        Assert.Contains(taught.GetProperty("items").EnumerateArray(), t => t.GetProperty("utterance").GetString() == "Reading time"
            && t.GetProperty("device").GetProperty("deviceId").GetString() == "living-light");
    }
}
