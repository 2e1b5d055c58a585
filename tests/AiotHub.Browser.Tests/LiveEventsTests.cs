using System.Globalization;
using AiotHub.Mqtt.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The app follows the home's event stream: changes made elsewhere show up without a reload.</summary>
public sealed class LiveEventsTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AChangeMadeThroughTheApiAppearsWithoutAReload()
    {
        await hub.SetAndWaitAsync("bedroom-bulb", "light.brightness", 20, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        var tile = phone.Tile("bedroom-bulb");
        await Expect(tile.GetByTestId("reported-light.brightness")).ToHaveTextAsync("20%");
        await Expect(phone.Page.GetByTestId("live-banner")).ToBeHiddenAsync();
        // Marks this page load: a reload would lose it.
        await phone.Page.EvaluateAsync("window.__sameLoad = true");

        await hub.SetAndWaitAsync("bedroom-bulb", "light.brightness", 75, Ct);

        await Expect(tile.GetByTestId("reported-light.brightness")).ToHaveTextAsync("75%");
        await Expect(tile.GetByTestId("control-light.brightness")).ToHaveValueAsync("75");
        Assert.True(await phone.Page.EvaluateAsync<bool>("window.__sameLoad === true"), "the page reloaded");
    }

    [Fact]
    public async Task ADeviceGoingOfflineGreysItsTileAndDisablesItsControlsUntilItIsBack()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        var tile = phone.Tile("living-speaker");
        await Expect(tile.GetByTestId("control-speaker.mute")).ToBeEnabledAsync();

        try
        {
            // The speaker drops off the network: the broker publishes its last will.
            hub.TakeOffline("living-speaker");

            await Expect(tile).ToHaveAttributeAsync("data-availability", "offline");
            await Expect(tile).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\boffline\b"));
            await Expect(tile.GetByTestId("availability")).ToHaveTextAsync("Offline");
            await Expect(tile.GetByTestId("control-speaker.mute")).ToBeDisabledAsync();
            // Greyed, still readable: an offline tile once took the unreachable banner's white text (both were ".offline").
            await Accessibility.AssertNoSeriousViolationsAsync(phone.Page, "home with an offline device");
        }
        finally
        {
            hub.BringBack("living-speaker");
        }

        await Expect(tile).ToHaveAttributeAsync("data-availability", "online");
        await Expect(tile.GetByTestId("control-speaker.mute")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task WhileTheEventStreamIsDownTheAppSaysItIsReconnectingAndRecovers()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        // The network drops every attempt to open the stream, as on a phone between cells.
        await phone.Page.RouteAsync("**/api/v1/homes/*/events?**", route => route.AbortAsync());
        await phone.SignInAsync(hub.OwnerSecret);

        await Expect(phone.Page.GetByTestId("live-banner")).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("live-banner")).ToContainTextAsync("Reconnecting");

        await phone.Page.UnrouteAllAsync();

        // EventSource retries by itself (every few seconds); once it is open the banner goes.
        await Expect(phone.Page.GetByTestId("live-banner")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await hub.SetAndWaitAsync("living-speaker", "speaker.volume", 41, Ct);
        await Expect(phone.Tile("living-speaker").GetByTestId("reported-speaker.volume")).ToHaveTextAsync("41%");
    }
}
