using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>Signing in with a pasted token, on a phone-sized screen.</summary>
public sealed class SignInTests(BrowserHub hub)
{
    [Fact]
    public async Task SigningInWithTheOwnerTokenShowsTheHomesRoomsAndDevices()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);

        await phone.SignInAsync(hub.OwnerSecret);

        foreach (var room in new[] { "Living room", "Bedroom", "Hallway" })
            await Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Name = room, Exact = true })).ToBeVisibleAsync();
        foreach (var deviceId in BrowserHub.DeviceIds)
            await Expect(phone.Tile(deviceId)).ToBeVisibleAsync();
        await Expect(phone.Tile("living-light").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Ceiling light");
        // A light's card: its power switch and a brightness slider; the mode list waits on the device page.
        await Expect(phone.Tile("living-light")).ToHaveAttributeAsync("data-card", "light");
        await Expect(phone.Tile("living-light").GetByRole(AriaRole.Switch)).ToBeEnabledAsync();
        await Expect(phone.Tile("living-light").GetByTestId("control-light.brightness")).ToHaveAttributeAsync("type", "range");
        await Expect(phone.Tile("living-light").GetByTestId("control-light.mode")).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByTestId("role")).ToHaveTextAsync("owner");
        await Expect(phone.Page.GetByTestId("nav-tokens")).ToBeVisibleAsync();
        // The stream is open: no "reconnecting" banner.
        await phone.WaitUntilLiveAsync();
        await Expect(phone.Page.GetByTestId("live-banner")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AnInvalidTokenIsRefusedWithAReadableMessage()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);

        await phone.TrySignInAsync("aiot_this-is-not-a-token");

        var error = phone.Page.GetByTestId("signin-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("unknown, revoked or expired");
        await Expect(phone.Page.GetByLabel("Access token")).ToBeVisibleAsync();
        Assert.Null(await phone.Page.EvaluateAsync<string?>("localStorage.getItem('aiothub.token')"));
    }

    [Fact]
    public async Task SigningOutForgetsTheTokenAndReturnsToSignIn()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();

        await phone.Page.GetByTestId("signout").ClickAsync();

        await Expect(phone.Page.GetByLabel("Access token")).ToBeVisibleAsync();
        Assert.EndsWith("/signin", phone.Page.Url, StringComparison.Ordinal);
        Assert.Null(await phone.Page.EvaluateAsync<string?>("localStorage.getItem('aiothub.token')"));
    }
}
