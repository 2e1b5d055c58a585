using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>"Add a device" and a device's credentials, as an owner uses them on a phone.</summary>
public sealed class AddDeviceTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOwnerGetsAPairingCodeWithItsExpiryAndQrCodeAndCancelsIt()
    {
        hub.RequireBrowser();
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GetByTestId("nav-add-device").ClickAsync();

        await phone.Page.GetByLabel("Name (optional)").FillAsync("Desk lamp");
        await phone.Page.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = "Living room" });
        await phone.Page.GetByTestId("pair-create").ClickAsync();

        var digits = (await phone.Page.GetByTestId("pairing-digits").TextContentAsync())!;
        Assert.Matches("^[0-9]{5} [0-9]{5}$", digits);
        await Expect(phone.Page.GetByTestId("pairing-expires")).ToContainTextAsync("Valid until");
        await Expect(phone.Page.GetByTestId("pairing-qr").Locator("svg")).ToHaveCountAsync(1);
        var open = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/pairings", Ct);
        var pairing = open.GetProperty("items").EnumerateArray().Single(p => p.TryGetProperty("name", out var n) && n.GetString() == "Desk lamp");
        Assert.False(pairing.TryGetProperty("code", out _));

        var row = phone.Page.GetByTestId("pairing-list").Locator("li").Filter(new() { HasText = "Desk lamp" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ADevicesPageShowsItsCredentialsButNeverItsSecret()
    {
        hub.RequireBrowser();
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await phone.Tile("hall-sensor").GetByRole(AriaRole.Link, new() { Name = "Hall sensor" }).ClickAsync();

        var section = phone.Page.GetByTestId("device-hall-sensor").GetByTestId("credentials");
        await Expect(section).ToContainTextAsync("active");
        await Expect(section).ToContainTextAsync("provisioning");
        await Expect(section).ToContainTextAsync("from 127.0.0.1");
        await Expect(section.GetByTestId("credentials-rotate")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("credentials-revoke")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("credentials-secret")).ToHaveCountAsync(0);
    }
}
