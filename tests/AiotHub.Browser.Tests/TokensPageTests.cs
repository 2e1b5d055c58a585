using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The owner hands out and takes back tokens from the app.</summary>
public sealed class TokensPageTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOwnerCreatesATokenSeesItsSecretOnceAndRevokesIt()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GetByTestId("nav-tokens").ClickAsync();

        await phone.Page.GetByLabel("Name").FillAsync("hall guest tablet");
        await phone.Page.GetByLabel("Role").SelectOptionAsync("guest");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        var secret = (await phone.Page.GetByTestId("new-secret").Locator("code").TextContentAsync())?.Trim();
        Assert.StartsWith("aiot_", secret, StringComparison.Ordinal);
        using (var tablet = hub.CreateClient(secret!))
        {
            using var works = await tablet.GetAsync("/api/v1/homes/home", Ct);
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        }

        var row = phone.Page.GetByTestId("token-list").Locator("li").Filter(new() { HasText = "hall guest tablet" });
        await Expect(row).ToContainTextAsync("guest");
        phone.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();

        await Expect(row).ToContainTextAsync("revoked");
        using var revoked = hub.CreateClient(secret!);
        using var refused = await revoked.GetAsync("/api/v1/homes/home", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task TheOwnerMakesADeviceMakerTokenForAVendorAndTheListShowsIt()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GetByTestId("nav-tokens").ClickAsync();

        await phone.Page.GetByLabel("Name").FillAsync("initech lab");
        await phone.Page.GetByLabel("Role").SelectOptionAsync("device-maker");
        await phone.Page.GetByLabel("Vendor").FillAsync("initech");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        var secret = (await phone.Page.GetByTestId("new-secret").Locator("code").TextContentAsync())?.Trim();
        Assert.StartsWith("aiot_", secret, StringComparison.Ordinal);
        var row = phone.Page.GetByTestId("token-list").Locator("li").Filter(new() { HasText = "initech lab" });
        await Expect(row).ToContainTextAsync("device-maker (namespace: initech)");
    }

    [Fact]
    public async Task AnAppWhoseTokenIsRevokedSignsOutAndSaysWhy()
    {
        var secret = await hub.CreateTokenAsync("lost phone", "member", Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(secret);
        var toggle = phone.Tile("living-speaker").GetByTestId("control-speaker.mute");
        await Expect(toggle).ToBeEnabledAsync();
        var tokens = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/tokens", Ct);
        var list = tokens.ValueKind == JsonValueKind.Array ? tokens : tokens.GetProperty("items");
        var id = list.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "lost phone").GetProperty("id").GetString();
        using var revoked = await hub.Owner.DeleteAsync($"/api/v1/homes/home/tokens/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        await toggle.ClickAsync();

        await Expect(phone.Page.GetByLabel("Access token")).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("error").Last).ToContainTextAsync("Signed out: Unauthorized. The bearer token is unknown, revoked or expired.");
        Assert.Null(await phone.Page.EvaluateAsync<string?>("localStorage.getItem('aiothub.token')"));
    }
}
