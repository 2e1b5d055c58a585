using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>Controlling simulated devices from their tiles and their own page.</summary>
public sealed class DeviceControlTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TogglingTheLightTurnsItOnOnceTheDeviceReports()
    {
        await hub.SetAndWaitAsync("living-light", "light.on", false, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        var tile = phone.Tile("living-light");
        var toggle = tile.GetByTestId("control-light.on");
        await Expect(tile.GetByTestId("reported-light.on")).ToHaveTextAsync("Off");
        await Expect(toggle).Not.ToBeCheckedAsync();

        await toggle.ClickAsync();

        // "On" is what the device reported back (the desired value alone shows as pending).
        await Expect(tile.GetByTestId("reported-light.on")).ToHaveTextAsync("On");
        await Expect(tile.GetByTestId("pending-light.on")).ToHaveCountAsync(0);
        await Expect(tile.GetByTestId("control-light.on")).ToBeCheckedAsync();
        Assert.Equal("true", (await hub.ReportedAsync("living-light", "light.on", Ct))?.GetRawText());
    }

    [Fact]
    public async Task UntilTheDeviceReportsTheTileShowsTheDesiredValueAsPending()
    {
        await hub.SetAndWaitAsync("bedroom-bulb", "light.on", false, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        // No live events reach the app, so the device's report cannot either.
        await phone.Page.RouteAsync("**/api/v1/homes/*/events?**", route => route.AbortAsync());
        await phone.SignInAsync(hub.OwnerSecret);
        var tile = phone.Tile("bedroom-bulb");
        await Expect(tile.GetByTestId("reported-light.on")).ToHaveTextAsync("Off");

        await tile.GetByTestId("control-light.on").ClickAsync();

        await Expect(tile.GetByTestId("pending-light.on")).ToHaveTextAsync("→ On pending");
        await Expect(tile.GetByTestId("reported-light.on")).ToHaveTextAsync("Off");
        await Expect(tile.GetByTestId("control-light.on")).ToBeCheckedAsync();
        var reported = await Eventually.MatchesAsync(() => hub.ReportedAsync("bedroom-bulb", "light.on", Ct), r => r?.GetRawText() == "true", Ct);
        Assert.Equal("true", reported?.GetRawText());

        // Back online, the app catches up on what it missed: the report, and no more pending.
        await phone.Page.UnrouteAllAsync();
        await Expect(tile.GetByTestId("reported-light.on")).ToHaveTextAsync("On", new() { Timeout = 30_000 });
        await Expect(tile.GetByTestId("pending-light.on")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheDevicePageShowsEveryPropertyAndTheRecentCommandsWithTheirStatus()
    {
        await hub.SetAndWaitAsync("living-light", "light.mode", 2, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();

        await phone.Tile("living-light").GetByRole(AriaRole.Link, new() { Name = "Ceiling light" }).ClickAsync();

        var page = phone.Page.GetByTestId("device-living-light");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ceiling light", Exact = true })).ToBeVisibleAsync();
        Assert.EndsWith("/devices/living-light", phone.Page.Url, StringComparison.Ordinal);
        foreach (var key in new[] { "light.on", "light.brightness", "light.color-temperature", "light.mode" })
            await Expect(page.GetByTestId($"property-{key}")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reported-light.mode")).ToHaveTextAsync("Reading");
        await Expect(page.GetByTestId("action-light.toggle")).ToBeEnabledAsync();
        var commands = page.GetByTestId("commands");
        await Expect(commands.Locator("li[data-status='applied']").Filter(new() { HasText = "light.mode=2" }).First).ToBeVisibleAsync();
        await Expect(commands).ToContainTextAsync(" ms");

        // A reload of the device's address lands on the same page (the hub answers the app there).
        await phone.Page.ReloadAsync();
        await Expect(phone.Page.GetByTestId("device-living-light")).ToBeVisibleAsync();
    }
}
