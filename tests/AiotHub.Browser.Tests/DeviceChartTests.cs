using System.Globalization;
using System.Text.RegularExpressions;
using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The history charts on a device's page at phone width, as a user reads them: a range that fits fresh data, axes in
/// local time and in the property's unit, "now" as the device reported it, a read-out under the finger, energy per day
/// in kWh — and no number printed with a float's long tail.
/// </summary>
public sealed partial class DeviceChartTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASensorsChartFitsItsFreshReadingsWithUnitsOnTheAxisAndNowIsTheReportedValue()
    {
        await PublishAsync("hall-sensor", "battery.battery-level", 91);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await phone.Tile("hall-sensor").GetByRole(AriaRole.Link, new() { Name = "Hall sensor" }).ClickAsync();

        var page = phone.Page.GetByTestId("device-hall-sensor");
        var chart = page.GetByTestId("chart-battery.battery-level");
        await Expect(chart.Locator("canvas")).ToHaveCountAsync(1);
        // The hub started minutes ago: Auto shows since just before the first reading, not a sliver of 24 hours.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Auto" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("range-label")).ToContainTextAsync("Since ");
        await Expect(chart.GetByTestId("axis-unit")).ToHaveTextAsync("%");
        await Expect(chart.GetByTestId("now")).ToHaveTextAsync("Now 91%");
        await Expect(chart).ToHaveAttributeAsync("data-x-ticks", LocalTimes());
        await Expect(chart).ToHaveAttributeAsync("data-y-ticks", ShortNumbers());
        var before = Points(await chart.GetAttributeAsync("data-points"));

        await PublishAsync("hall-sensor", "battery.battery-level", 90);
        await PublishAsync("hall-sensor", "battery.battery-level", 89);

        // Both readings arrive live: "now" is the device's value and the chart gains their points without a reload.
        await Expect(chart.GetByTestId("now")).ToHaveTextAsync("Now 89%");
        var after = await Eventually.MatchesAsync(async () => Points(await chart.GetAttributeAsync("data-points")), n => n >= before + 2, Ct);
        Assert.True(after >= before + 2, $"{before} points, then {after}");
        // The sensor's first reading (before this test) is whatever its battery had: the summary's figures are whole percentages.
        await Expect(chart.GetByTestId("summary")).ToHaveTextAsync(new Regex(@"^Lowest \d+% · highest \d+%$"));

        // A point at the right edge, under the finger, reads its local date and time and its value with the unit (the
        // newest readings came seconds apart: a pixel or two, so which of them is not asserted).
        var box = (await chart.Locator(".u-over").BoundingBoxAsync())!;
        await chart.Locator(".u-over").HoverAsync(new() { Position = new() { X = box.Width - 2, Y = box.Height / 2 } });
        await Expect(chart.GetByTestId("readout")).ToHaveTextAsync(new Regex(@"^[A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2}\s?[AP]M: \d{1,3}%$"));

        // Another range loads the readings again from the hub.
        await page.GetByRole(AriaRole.Button, new() { Name = "1 h" }).ClickAsync();
        await Expect(page.GetByTestId("range-label")).ToContainTextAsync("Last hour");
        await Expect(chart).ToHaveAttributeAsync("data-points", new Regex("^[1-9]"));
        await Expect(chart.GetByTestId("now")).ToHaveTextAsync("Now 89%");
        await AssertNoLongFloatsAsync(page.GetByTestId("charts"));
    }

    [Fact]
    public async Task APlugShowsNowAsReportedAndEnergyPerDayInKilowattHoursInBothLanguages()
    {
        await PublishAsync("kettle-plug", "power-consumption.electric-power", 80);
        // The counter restarts at 0 (its reading before is whatever the plug had), then rises by 1.25 kWh today.
        await PublishAsync("kettle-plug", "power-consumption.power-consumption", 0);
        await PublishAsync("kettle-plug", "power-consumption.power-consumption", 0.5);
        await PublishAsync("kettle-plug", "power-consumption.power-consumption", 1.25);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/devices/kettle-plug");

        var page = phone.Page.GetByTestId("device-kettle-plug");
        var power = page.GetByTestId("chart-power-consumption.electric-power");
        await Expect(power.GetByTestId("now")).ToHaveTextAsync("Now 80.0 W");
        await Expect(power.GetByTestId("axis-unit")).ToHaveTextAsync("W");
        var energy = page.GetByTestId("energy");
        await Expect(energy.Locator("figcaption")).ToContainTextAsync("Energy per day");
        await Expect(energy.GetByTestId("now")).ToHaveTextAsync("Today 1.25 kWh");
        await Expect(energy.GetByTestId("axis-unit")).ToHaveTextAsync("kWh");
        await Expect(energy).ToHaveAttributeAsync("data-days", "1");
        await Expect(energy.Locator(".plot")).ToHaveAttributeAsync("aria-label", new Regex(@": 1\.25 kWh$"));
        await Expect(energy).ToHaveAttributeAsync("data-x-ticks", new Regex(@"^(\w{3}\|){6}Today$"));
        await Expect(energy).ToHaveAttributeAsync("data-y-ticks", ShortNumbers());
        await AssertNoLongFloatsAsync(page.GetByTestId("charts"));

        // The same page in Chinese: the words and the unit follow the language.
        await phone.Page.EvaluateAsync("() => localStorage.setItem('aiothub.language', 'zh')");
        await phone.Page.ReloadAsync();
        await Expect(energy.GetByTestId("now")).ToHaveTextAsync("今日用电 1.25 千瓦时");
        await Expect(energy.Locator("figcaption")).ToContainTextAsync("每日用电");
        await Expect(power.GetByTestId("now")).ToHaveTextAsync("当前 80.0 W");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "自动" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(energy).ToHaveAttributeAsync("data-x-ticks", new Regex(@"^(周.\|){6}今天$"));
    }

    [Fact]
    public async Task OnlyADevicePageWithChartsLoadsTheChartLibraryAndItWeighsLittle()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        var responses = new List<IResponse>();
        phone.Page.Response += (_, response) => { lock (responses) responses.Add(response); };
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await phone.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(Snapshot(responses), r => r.Url.Contains("/vendor/uplot/", StringComparison.Ordinal));
        var home = Snapshot(responses).Count;

        await phone.Tile("kettle-plug").GetByRole(AriaRole.Link, new() { Name = "Kettle plug" }).ClickAsync();
        await Expect(phone.Page.GetByTestId("energy").Locator("canvas")).ToHaveCountAsync(1);
        await phone.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Bytes on the wire (headers and body) for everything the device page fetched; the figure goes to the artifacts.
        var lines = new List<string>();
        long total = 0;
        foreach (var response in Snapshot(responses).Skip(home))
        {
            var sizes = await response.Request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{bytes,8} {new Uri(response.Url).PathAndQuery}"));
        }

        lines.Insert(0, string.Create(CultureInfo.InvariantCulture, $"device page (kettle-plug) after the home page: {lines.Count} responses, {total / 1024.0:F1} KB"));
        var artifacts = Directory.CreateDirectory(Path.Combine(PhoneSession.ArtifactsDirectory(), "browser")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(artifacts, "device-page-weight.txt"), lines, Ct);
        Assert.Contains(Snapshot(responses).Skip(home), r => r.Url.EndsWith("/vendor/uplot/uPlot.mjs", StringComparison.Ordinal));
        Assert.True(total < 150 * 1024, string.Join("\n", lines));
    }

    private static List<IResponse> Snapshot(List<IResponse> responses)
    {
        lock (responses)
            return [.. responses];
    }

    // Times of day as the browser's English locale writes them ("9:05 AM"), one per tick.
    private static Regex LocalTimes() => new(@"^\d{1,2}:\d{2}\s?[AP]M(\|\d{1,2}:\d{2}\s?[AP]M)*$");

    // Tick labels as people write numbers: at most two decimals, never 23.599999999999998.
    private static Regex ShortNumbers() => new(@"^-?[\d,]+(\.\d{1,2})?(\|-?[\d,]+(\.\d{1,2})?)*$");

    private static async Task AssertNoLongFloatsAsync(ILocator charts)
    {
        var text = await charts.InnerTextAsync();
        Assert.DoesNotMatch(LongFloat(), text);
    }

    [GeneratedRegex(@"\d\.\d{4,}")]
    private static partial Regex LongFloat();

    private static int Points(string? text) => int.Parse(text ?? "0", CultureInfo.InvariantCulture);

    /// <summary>A reading as the device itself sends it (with its own timestamp: now), over its own MQTT connection.</summary>
    private async Task PublishAsync(string deviceId, string key, double value)
    {
        hub.ReportLocally(deviceId, key, value);
        var reported = await Eventually.MatchesAsync(() => hub.ReportedAsync(deviceId, key, Ct), r => r?.GetDouble() == value, Ct);
        Assert.Equal(value, reported?.GetDouble());
    }
}
