using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The history charts on a device's page: drawn from the recorder, filling in live as the device reports.</summary>
public sealed class DeviceChartTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASensorsChartGetsAPointForEachNewReading()
    {
        await PublishBatteryAsync(91);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await phone.Tile("hall-sensor").GetByRole(AriaRole.Link, new() { Name = "Hall sensor" }).ClickAsync();

        var chart = phone.Page.GetByTestId("device-hall-sensor").GetByTestId("chart-battery.battery-level");
        await Expect(chart.Locator("svg polyline")).ToHaveCountAsync(1);
        var before = int.Parse((await chart.GetAttributeAsync("data-points"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before >= 1, $"{before} points");

        await PublishBatteryAsync(90);
        await PublishBatteryAsync(89);

        // Both readings arrive as live events and are drawn without reloading the history.
        await Expect(chart.Locator("svg")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("last 89$"));
        var after = int.Parse((await chart.GetAttributeAsync("data-points"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after >= before + 2, $"{before} points, then {after}");

        // Another range loads the same readings again from the hub.
        await phone.Page.GetByTestId("device-hall-sensor").GetByRole(AriaRole.Button, new() { Name = "1h" }).ClickAsync();
        await Expect(chart).ToHaveAttributeAsync("data-points", new System.Text.RegularExpressions.Regex("^[1-9]"));
    }

    /// <summary>A battery reading as the sensor itself sends it (with its own timestamp: now), over its own MQTT connection.</summary>
    private async Task PublishBatteryAsync(int level)
    {
        hub.ReportLocally("hall-sensor", "battery.battery-level", level);
        var reported = await Eventually.MatchesAsync(() => hub.ReportedAsync("hall-sensor", "battery.battery-level", Ct), r => r?.GetInt32() == level, Ct);
        Assert.Equal(level, reported?.GetInt32());
    }
}
