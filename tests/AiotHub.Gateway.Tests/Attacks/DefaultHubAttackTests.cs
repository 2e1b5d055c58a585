using System.Net.Http.Json;
using System.Text.Json;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// The attacks of issue 12, tried on a hub started with the README's first command and nothing configured: each from
/// another address of the machine (a network namespace) and, where the network gate alone would hide a weakness, from
/// the hub's own machine as an anonymous client. Each asserts the attack was refused and that nothing it aimed at
/// changed: the device's model, status, availability and reported values, its commands, the automations' runs.
/// </summary>
[Collection(AttackCollection.Name)]
public sealed class DefaultHubAttackTests(DemoHubUnderAttack home) : IClassFixture<DemoHubUnderAttack>
{
    // MQTT 5.0 reason codes (§2.4) and 3.1.1 CONNACK return codes (§3.2.2.3).
    private const int NotAuthorized = 0x87;
    private const int V311NotAuthorized = 5;

    /// <summary>Long enough for a message the broker let through to reach the device, be applied and reported back.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AStrangerCannotConnectWithoutCredentials(bool v5)
    {
        var result = await home.Stranger.RunAsync(Token, [.. V5(v5), "--client-id", "mallory", "connect"]);
        Assert.Equal(v5 ? NotAuthorized : V311NotAuthorized, result.GetProperty("connack").GetInt32());
    }

    [Fact]
    public async Task AStrangerSubscribedToEverythingReceivesNothing()
    {
        var result = await home.Stranger.RunAsync(Token, "--v5", "--client-id", "mallory", "subscribe", "#", "--seconds", "2");
        Assert.Equal(NotAuthorized, result.GetProperty("connack").GetInt32());
        Assert.Empty(result.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task ALocalClientSubscribedToEverythingReceivesNoOtherDevicesTraffic()
    {
        var watching = home.Local.RunAsync(Token, "--v5", "--client-id", "mallory-watch", "subscribe", "#", "--seconds", "4");
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
        using var command = await SetAsync("living-ceiling-light", new { values = new Dictionary<string, object> { ["light.brightness"] = 41 } });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, command.StatusCode);

        var result = await watching;
        Assert.Equal(0, result.GetProperty("connack").GetInt32());
        var leaked = result.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("topic").GetString()!)
            .Where(t => t.StartsWith("aiot/", StringComparison.Ordinal) && !t.StartsWith("aiot/mallory-watch/", StringComparison.Ordinal))
            .ToList();
        Assert.True(leaked.Count == 0, "an anonymous local client received other devices' messages: " + string.Join(", ", leaked.Take(10)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NobodyButTheHubSwitchesALight(bool fromAnotherAddress)
    {
        const string light = "living-ceiling-light";
        var before = await home.DeviceFingerprintAsync(light);
        var commands = await home.CommandIdsAsync(light);
        var on = (await home.DeviceAsync(light)).GetProperty("properties").GetProperty("light.on").GetProperty("reported").GetProperty("value").GetBoolean();
        var payload = JsonSerializer.Serialize(new { id = "c-forged-1", values = new Dictionary<string, object> { ["light.on"] = !on } });

        var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "mallory-switch", "publish", $"aiot/{light}/set", payload);

        AssertRefused(result, fromAnotherAddress);
        await Task.Delay(Settle, Token);
        Assert.Equal(before, await home.DeviceFingerprintAsync(light));
        Assert.Equal(commands, await home.CommandIdsAsync(light));
    }

    [Fact]
    public async Task AFakeDoorEventFiresNoAlertWhileAway()
    {
        using (var away = await home.Owner.PutAsJsonAsync("/api/v1/homes/home/mode", new { mode = "away" }, Token))
            Assert.True(away.IsSuccessStatusCode, await away.Content.ReadAsStringAsync(Token));
        try
        {
            var runs = await home.AutomationRunIdsAsync("door-open-while-away");
            var payload = JsonSerializer.Serialize(new { args = new { } });
            foreach (var fromAnotherAddress in new[] { true, false })
            {
                var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "mallory-door", "publish",
                    "aiot/front-door/events/magnet-sensor.opened", payload);
                AssertRefused(result, fromAnotherAddress);
            }

            await Task.Delay(Settle, Token);
            Assert.Equal(runs, await home.AutomationRunIdsAsync("door-open-while-away"));
        }
        finally
        {
            using var back = await home.Owner.PutAsJsonAsync("/api/v1/homes/home/mode", new { mode = "home" }, Token);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AFakeSwitchReportRunsNoAutomation(bool fromAnotherAddress)
    {
        var switchBefore = await home.DeviceFingerprintAsync("living-wall-switch");
        var lightBefore = await home.DeviceFingerprintAsync("living-ceiling-light");
        var runs = await home.AutomationRunIdsAsync("wall-switch-light");
        var current = (await home.DeviceAsync("living-wall-switch")).GetProperty("properties").GetProperty("left-switch.on").GetProperty("reported").GetProperty("value").GetBoolean();
        var payload = JsonSerializer.Serialize(new { values = new Dictionary<string, object> { ["left-switch.on"] = !current } });

        var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "mallory-report", "publish", "aiot/living-wall-switch/properties", payload);

        AssertRefused(result, fromAnotherAddress);
        await Task.Delay(Settle, Token);
        Assert.Equal(switchBefore, await home.DeviceFingerprintAsync("living-wall-switch"));
        Assert.Equal(lightBefore, await home.DeviceFingerprintAsync("living-ceiling-light"));
        Assert.Equal(runs, await home.AutomationRunIdsAsync("wall-switch-light"));
    }

    [Fact]
    public async Task AForgedReplyDoesNotDecideAnotherDevicesCommand()
    {
        using var response = await SetAsync("living-ceiling-light", new { values = new Dictionary<string, object> { ["light.brightness"] = 33 } });
        var command = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        var commandId = command.GetProperty("id").GetString()!;
        var forged = JsonSerializer.Serialize(new { id = commandId, code = -4004, message = "forged" });

        var result = await home.Local.RunAsync(Token, "--v5", "--client-id", "mallory-reply", "publish", "aiot/living-ceiling-light/reply", forged);

        AssertRefused(result, fromAnotherAddress: false);
        var outcome = await Eventually.MatchesAsync(
            () => home.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/living-ceiling-light/commands/{commandId}", Token),
            c => c.GetProperty("status").GetString() != "pending", Token);
        Assert.Equal("applied", outcome.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARetainedOfflineMessageDoesNotTakeADeviceOffline(bool fromAnotherAddress)
    {
        var before = await home.DeviceFingerprintAsync("living-tv");
        var payload = JsonSerializer.Serialize(new { state = "offline", reason = "forged" });

        var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "mallory-offline", "publish", "aiot/living-tv/availability", payload, "--retain");

        AssertRefused(result, fromAnotherAddress);
        await Task.Delay(Settle, Token);
        Assert.Equal(before, await home.DeviceFingerprintAsync("living-tv"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AReAnnounceCannotTurnAMotionSensorIntoAPlug(bool fromAnotherAddress)
    {
        // Its readings move on their own (no-motion-duration counts up): the attack aims at the device's identity.
        var before = await home.DeviceFingerprintAsync("living-motion", withReadings: false);
        var payload = JsonSerializer.Serialize(new { model = "aiot.plug.meter1" });

        var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "mallory-announce", "publish", "aiot/living-motion/announce", payload, "--retain");

        AssertRefused(result, fromAnotherAddress);
        await Task.Delay(Settle, Token);
        Assert.Equal(before, await home.DeviceFingerprintAsync("living-motion", withReadings: false));
        var automation = await home.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/motion-night-light", Token);
        Assert.Equal("available", automation.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AStrangerCannotRegisterADeviceThatDoesNotExist()
    {
        var result = await home.Stranger.RunAsync(Token, "--v5", "--client-id", "ghost-1", "publish", "aiot/ghost-1/announce",
            JsonSerializer.Serialize(new { model = "aiot.plug.meter1" }), "--retain");

        AssertRefused(result, fromAnotherAddress: true);
        await Task.Delay(Settle, Token);
        using var ghost = await home.Owner.GetAsync("/api/v1/homes/home/devices/ghost-1", Token);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, ghost.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NobodyCanTakeOverAPairedDevicesClientId(bool fromAnotherAddress)
    {
        var before = await home.DeviceFingerprintAsync("bedroom-bulb");

        var result = await Attack(fromAnotherAddress).RunAsync(Token, "--v5", "--client-id", "bedroom-bulb", "takeover", "--times", "15");

        Assert.Equal(0, result.GetProperty("accepted").GetInt32());
        await Task.Delay(Settle, Token);
        Assert.Equal(before, await home.DeviceFingerprintAsync("bedroom-bulb"));
    }

    [Fact]
    public async Task AStrangerLearnsWhetherTheHubIsHealthyButNothingAboutTheHome()
    {
        var curl = AiotHub.Mqtt.Tests.Infrastructure.Requires.Executable("curl", "curl");
        var url = $"http://{home.Network.HostAddress}:{home.Hub.HttpPort}/healthz";
        var (executable, arguments) = home.Network.Inside(curl, "-s", "--max-time", "10", url);
        await using var probe = AiotHub.Mqtt.Tests.Interop.ChildProcess.Start(executable, arguments);
        Assert.Equal(0, await probe.WaitForExitAsync(TimeSpan.FromSeconds(20), Token));
        var stranger = JsonDocument.Parse(string.Concat(probe.Lines)).RootElement;

        Assert.Equal("healthy", stranger.GetProperty("status").GetString());
        Assert.Equal(["status"], stranger.EnumerateObject().Select(p => p.Name));
        // On the hub's own machine the figures are there (a probe, the owner at the console).
        var local = await home.Owner.GetFromJsonAsync<JsonElement>("/healthz", Token);
        Assert.Equal(DemoHubUnderAttack.DemoDevices.Length, local.GetProperty("devices").GetProperty("online").GetInt32());
    }

    [Fact]
    public async Task AStrangerGetsNoMetricsAndARemotePrometheusScrapesWithAnIntegratorsToken()
    {
        var url = $"http://{home.Network.HostAddress}:{home.Hub.HttpPort}/metrics";

        var stranger = await CurlFromTheHomeNetworkAsync(url);
        Assert.Equal("401", stranger[^1]);
        Assert.DoesNotContain(stranger, line => line.StartsWith("aiothub_", StringComparison.Ordinal));

        using var created = await home.Owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "prometheus", role = "integrator" }, Token);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("secret").GetString()!;
        var scraped = await CurlFromTheHomeNetworkAsync(url, "-H", $"Authorization: Bearer {secret}");
        Assert.Equal("200", scraped[^1]);
        var online = Assert.Single(scraped, line => line.StartsWith("aiothub_devices_online{", StringComparison.Ordinal));
        Assert.EndsWith($" {DemoHubUnderAttack.DemoDevices.Length}", online, StringComparison.Ordinal);
    }

    /// <summary>curl from the network namespace: the body's lines, then the status code on a line of its own.</summary>
    private async Task<IReadOnlyList<string>> CurlFromTheHomeNetworkAsync(string url, params string[] arguments)
    {
        var curl = AiotHub.Mqtt.Tests.Infrastructure.Requires.Executable("curl", "curl");
        var (executable, inside) = home.Network.Inside(curl, ["-s", "--max-time", "10", "-w", "\n%{http_code}\n", .. arguments, url]);
        await using var probe = AiotHub.Mqtt.Tests.Interop.ChildProcess.Start(executable, inside);
        Assert.Equal(0, await probe.WaitForExitAsync(TimeSpan.FromSeconds(20), Token));
        return [.. probe.Lines.Where(line => line.Length > 0)];
    }

    private Attacker Attack(bool fromAnotherAddress) => fromAnotherAddress ? home.Stranger : home.Local;

    private Task<HttpResponseMessage> SetAsync(string deviceId, object body) =>
        home.Owner.PostAsJsonAsync($"/api/v1/homes/home/devices/{deviceId}/properties", body, Token);

    /// <summary>A stranger is refused at CONNACK; a local anonymous client connects but its PUBLISH gets PUBACK 0x87.</summary>
    private static void AssertRefused(JsonElement result, bool fromAnotherAddress)
    {
        if (fromAnotherAddress)
        {
            Assert.Equal(NotAuthorized, result.GetProperty("connack").GetInt32());
            return;
        }

        Assert.Equal(0, result.GetProperty("connack").GetInt32());
        Assert.Equal(NotAuthorized, result.GetProperty("puback").GetInt32());
    }

    private static string[] V5(bool v5) => v5 ? ["--v5"] : [];
}
