using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>A guest token sees the home but cannot change devices or reach the owner's pages.</summary>
public sealed class GuestTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AGuestSeesDevicesButCannotToggleThemOrSeeTheTokens()
    {
        hub.RequireBrowser();
        var secret = await hub.CreateTokenAsync("guest room", "guest", Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);

        await phone.SignInAsync(secret);

        var tile = phone.Tile("living-light");
        await Expect(tile).ToBeVisibleAsync();
        await Expect(tile.GetByTestId("reported-light.on")).ToBeVisibleAsync();
        await Expect(tile.GetByTestId("control-light.on")).ToBeDisabledAsync();
        await Expect(tile.GetByTestId("control-light.brightness")).ToBeDisabledAsync();
        await Expect(phone.Tile("living-speaker").Locator("button.card-action").First).ToBeDisabledAsync();
        await Expect(phone.Page.GetByTestId("role")).ToHaveTextAsync("guest");
        await Expect(phone.Page.GetByTestId("read-only-note")).ToContainTextAsync("run scenes");
        await Expect(phone.Page.GetByTestId("nav-tokens")).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).Not.ToContainTextAsync("null");
        // And the API agrees: the disabled switch is not just cosmetics.
        using var guest = hub.CreateClient(secret);
        using var set = await guest.PostAsJsonAsync("/api/v1/homes/home/devices/living-light/properties", new { values = new Dictionary<string, object> { ["light.on"] = true } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, set.StatusCode);
        using var tokens = await guest.GetAsync("/api/v1/homes/home/tokens", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, tokens.StatusCode);

        // Typing the owner's address gets a message, not the page.
        await phone.Page.GotoAsync("/tokens");
        await Expect(phone.Page.GetByTestId("not-allowed")).ToBeVisibleAsync();
        await Expect(phone.Page.GetByRole(AriaRole.Button, new() { Name = "Create token" })).ToHaveCountAsync(0);
    }
}
