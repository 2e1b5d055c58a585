using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Device cards by type on a phone, against the shipped demo home (a device of every model): each tile is the card of
/// its type with an icon and its state in words, the controls that matter work, and the device page keeps every property.
/// </summary>
public sealed partial class DeviceCardTests(BrowserHub hub, DemoHomeHub demo) : IClassFixture<DemoHomeHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryDeviceGetsTheCardOfItsTypeWithAnIconAndItsStateInWords()
    {
        await demo.SetAndWaitAsync("living-ceiling-light", new() { ["light.on"] = true, ["light.brightness"] = 60 }, Ct);
        await demo.SetAndWaitAsync("bedroom-bulb", new() { ["light.on"] = false }, Ct);
        await using var phone = await OpenAsync();

        var expected = new Dictionary<string, string>
        {
            ["living-ceiling-light"] = "light", ["bedroom-bulb"] = "light", ["living-ac"] = "climate", ["bedroom-purifier"] = "climate",
            ["living-curtain"] = "curtain", ["living-tv"] = "media", ["living-tv-box"] = "media", ["living-speaker"] = "media",
            ["living-motion"] = "sensor", ["bedroom-climate"] = "sensor", ["front-door"] = "sensor", ["kitchen-kettle-plug"] = "plug",
            ["kitchen-vacuum"] = "vacuum", ["living-wall-switch"] = "switch",
        };
        foreach (var (deviceId, card) in expected)
        {
            var tile = phone.Tile(deviceId);
            await Expect(tile).ToHaveAttributeAsync("data-card", card);
            await Expect(tile.Locator(".tile-icon svg path").First).ToBeAttachedAsync();
            Assert.False(string.IsNullOrWhiteSpace(await tile.Locator(".tile-summary").InnerTextAsync()), $"{deviceId}'s tile says nothing about its state");
        }

        // On and off: in words, not colour alone.
        var light = phone.Tile("living-ceiling-light");
        await Expect(light).ToHaveAttributeAsync("data-state", "on");
        await Expect(light.Locator(".tile-summary")).ToContainTextAsync("On");
        await Expect(light.GetByTestId("reported-light.brightness")).ToHaveTextAsync("60%");
        await Expect(phone.Tile("bedroom-bulb")).ToHaveAttributeAsync("data-state", "off");
        await Expect(phone.Tile("bedroom-bulb").GetByTestId("reported-light.on")).ToHaveTextAsync("Off");
        // A thermometer's reading large, and its last day as a sparkline once it has two readings (it reports every 10 s).
        var thermometer = phone.Tile("bedroom-climate");
        await Expect(thermometer.GetByTestId("reported-environment.temperature")).ToHaveTextAsync(new Regex(@"^-?\d+\.\d °C$"));
        await Expect(thermometer.GetByTestId("sparkline-environment.temperature")).ToHaveAttributeAsync("data-points", new Regex("^([2-9]|[1-9][0-9]+)$"), new() { Timeout = 30_000 });
        await Expect(thermometer.GetByTestId("sparkline-environment.temperature")).ToHaveAttributeAsync("aria-label", new Regex("^Last 24 hours: from .+ °C to .+ °C$"));
        // A tile shows what matters, the device page the rest: the demo home fits in far less than the old 5,400 px.
        var height = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Assert.True(height < 3600, $"the demo home is {height} px tall on a phone");
    }

    [Fact]
    public async Task TheAirConditionersPlusButtonRaisesItsTargetByTheProfilesStep()
    {
        await demo.SetAndWaitAsync("living-ac", new() { ["air-conditioner.on"] = true, ["air-conditioner.target-temperature"] = 24 }, Ct);
        await using var phone = await OpenAsync();
        var tile = phone.Tile("living-ac");
        await Expect(tile.GetByTestId("reported-air-conditioner.target-temperature")).ToHaveTextAsync("24.0 °C");

        await tile.GetByTestId("control-air-conditioner.target-temperature-up").ClickAsync();

        await Expect(tile.GetByTestId("reported-air-conditioner.target-temperature")).ToHaveTextAsync("24.5 °C");
        Assert.Equal("24.5", await demo.ReportedAsync("living-ac", "air-conditioner.target-temperature", Ct));
        await Expect(tile.Locator(".tile-summary")).ToContainTextAsync("On");
    }

    [Fact]
    public async Task APlugShowsItsPowerNowAndTheEnergyUsedTodayInKilowattHours()
    {
        await using var phone = await OpenAsync();
        var tile = phone.Tile("kitchen-kettle-plug");
        await tile.ScrollIntoViewIfNeededAsync();

        await Expect(tile.GetByTestId("reported-power-consumption.electric-power")).ToHaveTextAsync(WattsPattern());
        await Expect(tile.GetByTestId("energy-today")).ToHaveTextAsync(KilowattHoursPattern());
    }

    [Fact]
    public async Task TheCurtainAndTheVacuumAreDrivenByTheirButtons()
    {
        await using var phone = await OpenAsync();
        var curtain = phone.Tile("living-curtain");
        await curtain.GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true }).ClickAsync();
        var opened = await Gateway.Tests.Eventually.MatchesAsync(() => demo.ReportedAsync("living-curtain", "curtain.target-position", Ct), v => v == "100", Ct);
        Assert.Equal("100", opened);

        var vacuum = phone.Tile("kitchen-vacuum");
        await Expect(vacuum.GetByTestId("reported-vacuum.status")).ToHaveTextAsync(new Regex("^(Idle|Sweeping|Paused|Returning|Charging|Error)$"));
        await vacuum.GetByRole(AriaRole.Button, new() { Name = "Dock" }).ClickAsync();
        var commands = await Gateway.Tests.Eventually.MatchesAsync(
            () => demo.Owner.GetStringAsync("/api/v1/homes/home/devices/kitchen-vacuum/commands", Ct),
            text => text.Contains("vacuum.start-charge", StringComparison.Ordinal) && text.Contains("\"applied\"", StringComparison.Ordinal), Ct);
        Assert.Contains("vacuum.start-charge", commands, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDevicePageShowsTheCardAndKeepsEveryPropertyLabelledInChinese()
    {
        await using var phone = await OpenAsync("zh");
        await phone.Page.GotoAsync("/devices/living-ac");

        var page = phone.Page.GetByTestId("device-living-ac");
        await Expect(page.GetByTestId("device-card")).ToHaveAttributeAsync("data-card", "climate");
        // Every one of the profile's nine properties, each under its Chinese name.
        await Expect(page.Locator("[data-testid^='property-']")).ToHaveCountAsync(9);
        await Expect(page.GetByTestId("property-air-conditioner.target-temperature")).ToContainTextAsync("目标温度");
        await Expect(page.GetByTestId("property-fan-control.vertical-swing")).ToContainTextAsync("上下摆风");
        await Expect(page.GetByTestId("reported-air-conditioner.on")).ToHaveTextAsync(new Regex("^(开|关)$"));

        await phone.Page.GotoAsync("/");
        await Expect(phone.Page.GetByTestId("type-filter-light")).ToHaveTextAsync("灯");
        await Expect(phone.Page.GetByTestId("home-search")).ToHaveAttributeAsync("placeholder", "搜索设备");
        await Expect(phone.Tile("kitchen-kettle-plug").GetByText("今日用电")).ToBeVisibleAsync();
    }

    private async Task<PhoneSession> OpenAsync(string language = "en")
    {
        var phone = await PhoneSession.OpenAsync(hub, demo.BaseAddress);
        await phone.SignInAsync(demo.OwnerSecret);
        if (language != "en")
        {
            await phone.Page.EvaluateAsync($"localStorage.setItem('aiothub.language', '{language}')");
            await phone.Page.ReloadAsync();
        }

        await phone.WaitUntilLiveAsync();
        return phone;
    }

    [GeneratedRegex(@"^\d[\d,]*\.\d W$")]
    private static partial Regex WattsPattern();

    [GeneratedRegex(@"^\d[\d,]*\.\d\d kWh$")]
    private static partial Regex KilowattHoursPattern();
}
