using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Simulators.Fleet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Issue 15's "Done when", walked as one person on a 390×844 phone without leaving the app: add a device (a simulated
/// motion sensor that pairs with the code the app shows), place it in a room from the pending devices, make an
/// automation with a trigger, a condition and two actions, trigger it (someone walks past the sensor) and read its trace.
/// </summary>
public sealed class NewUserWalkTests(BrowserHub hub)
{
    private const string SensorId = "sim-motion1-1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANewUserAddsADevicePlacesItMakesAnAutomationTriggersItAndReadsItsTrace()
    {
        hub.RequireBrowser();
        await using var phone = await PhoneSession.OpenAsync(hub);
        var page = phone.Page;
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();

        // 1. Add a device: the app shows a pairing code; the sensor is put in pairing mode and given it.
        await page.GetByTestId("nav-add-device").ClickAsync();
        await page.GetByTestId("pair-create").ClickAsync();
        var code = (await page.GetByTestId("pairing-digits").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await using var sensor = await PairSensorAsync(code);

        // 2. Place it: the new device waits in the pending devices; approve it into the hallway.
        await page.GetByTestId("nav-pending").ClickAsync();
        var pending = page.GetByTestId($"pending-{SensorId}");
        await pending.GetByTestId("pending-room").SelectOptionAsync(new SelectOptionValue { Label = "Hallway" });
        await pending.GetByTestId("approve").ClickAsync();
        await Expect(page.GetByTestId("pending-decided")).ToBeVisibleAsync();
        await page.Locator("header.bar .brand").ClickAsync();
        await Expect(phone.Tile(SensorId)).ToBeVisibleAsync();

        // 3. An automation: when the sensor sees motion, if the home is in "home" mode, light the ceiling and say so.
        await page.GetByTestId("home-automations").ClickAsync();
        await page.GetByTestId("new-automation").ClickAsync();
        var editor = page.GetByTestId("automation-editor");
        await editor.GetByLabel("Name", new() { Exact = true }).FillAsync("Walk motion light");
        await editor.GetByTestId("add-trigger").SelectOptionAsync("property");
        var trigger = editor.GetByTestId("triggers").GetByTestId("triggers-item");
        await trigger.GetByLabel("Device", new() { Exact = true }).SelectOptionAsync(SensorId);
        await trigger.GetByLabel("Value", new() { Exact = true }).SelectOptionAsync("motion-sensor.motion-state");
        await trigger.GetByLabel("Becomes", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "On" });
        await editor.GetByTestId("add-conditions").SelectOptionAsync("mode");
        await Expect(editor.GetByTestId("conditions").GetByLabel("Home", new() { Exact = true })).ToBeCheckedAsync();
        await editor.GetByTestId("add-actions").SelectOptionAsync("set");
        var light = editor.GetByTestId("actions").GetByTestId("actions-item").Nth(0);
        await light.GetByLabel("Device", new() { Exact = true }).SelectOptionAsync("living-light");
        await Expect(light.GetByLabel("On/off", new() { Exact = true })).ToBeCheckedAsync();
        await editor.GetByTestId("add-actions").SelectOptionAsync("notify");
        await editor.GetByTestId("actions").GetByTestId("actions-item").Nth(1).GetByLabel("Message", new() { Exact = true }).FillAsync("Someone is in the hall");
        await editor.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-state")).ToHaveTextAsync("Saved");
        await Expect(page.GetByTestId("problem-summary")).ToBeHiddenAsync();

        // 4. Someone walks past the sensor.
        Assert.Null(sensor.Find(SensorId)!.SetLocally("motion-sensor.motion-state", JsonSerializer.SerializeToElement(true)));
        await Expect(page.GetByTestId("automation-notification")).ToContainTextAsync("Someone is in the hall");

        // 5. The trace: from the editor to the automation's page, its newest run.
        await editor.GetByRole(AriaRole.Link, new() { Name = "← Walk motion light" }).ClickAsync();
        var run = page.GetByTestId("runs").Locator("li").First.GetByRole(AriaRole.Link);
        await Expect(run).ToHaveTextAsync("Succeeded");
        await run.ClickAsync();
        await Expect(page.GetByTestId("trace")).ToHaveAttributeAsync("data-result", "succeeded");
        await Expect(page.GetByTestId("trace-trigger")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("condition")).ToHaveAttributeAsync("data-result", "true");
        var steps = page.GetByTestId("step");
        await Expect(steps).ToHaveCountAsync(2);
        await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(steps.Nth(0)).ToContainTextAsync("command applied");
        await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-status", "succeeded");
        var device = await hub.GetDeviceAsync(SensorId, Ct);
        Assert.Equal("active", device.GetProperty("status").GetString());
    }

    // The sensor as its maker builds it: pairs with the code, then connects as itself and reports only what changes.
    private async Task<SimulatorFleet> PairSensorAsync(string code)
    {
        var (profiles, errors) = ProfileLoader.Load([Path.Combine(AppContext.BaseDirectory, "device-profiles")]);
        Assert.Empty(errors);
        var profile = profiles.Single(p => p.Model == "aiot.sensor.motion1");
        var options = new FleetOptions { Port = hub.MqttPort, Device = { Rate = 0, Name = "Hall motion" } };
        var credential = await DevicePairing.PairAsync(options.Host, options.Port, code, SensorId, profile.Model, cancellationToken: Ct);
        options.Credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal) { [SensorId] = credential };
        var fleet = SimulatorFleet.Create(options, [profile], 1);
        await fleet.StartAsync(Ct);
        return fleet;
    }
}
