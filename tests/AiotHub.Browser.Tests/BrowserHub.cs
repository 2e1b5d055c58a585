using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;
using Microsoft.Playwright;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The real hub as a child process with a small simulated home (Scenario/browser-home.json run by
/// the hub's demo mode: real MQTT devices on its embedded broker), its owner token from first-run
/// setup, and Debian's headless Chromium driven by Playwright. Without /usr/bin/chromium every
/// test is skipped, naming the package. Two devices (Scenario/browser-held.json) run here instead, as an
/// integrator's fleet would: provisioned through the API and connected with their own secrets, so a test can
/// take one off the network or make it report — as that device, the only one the hub lets speak for it.
/// </summary>
public sealed class BrowserHub : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The devices of Scenario/browser-home.json and Scenario/browser-held.json.</summary>
    public static readonly string[] DeviceIds = ["living-light", "living-speaker", "bedroom-bulb", "front-door", "hall-sensor", "kettle-plug"];

    private GatewayProcess? _hub;
    private SimulatorFleet? _held;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>An API client with the owner token, for arranging and checking what the app shows.</summary>
    public HttpClient Owner { get; private set; } = null!;

    public string OwnerSecret { get; private set; } = "";

    public Uri BaseAddress => _hub!.BaseAddress;

    /// <summary>The hub's embedded MQTT broker, where the simulated devices are connected.</summary>
    public int MqttPort => _hub!.MqttPort;

    public string HubOutput => _hub?.Output ?? "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            return;

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var scenario = Path.Combine(AppContext.BaseDirectory, "Scenario", "browser-home.json");
        _hub = GatewayProcess.Start("--demo", $"--Demo:Scenario={scenario}");
        try
        {
            Owner = await _hub.CreateOwnerClientAsync(timeout.Token);
            OwnerSecret = Owner.DefaultRequestHeaders.Authorization!.Parameter!;
            _held = await StartHeldDevicesAsync(timeout.Token);
            await WaitForHomeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The simulated home was not ready (all devices online and placed) within 90 s. The hub said:\n{_hub.Output}");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>Skips the calling test when Debian's Chromium is not installed.</summary>
    public void RequireBrowser()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Skip($"{ChromiumPath} not found: install the Debian package 'chromium' (./test.sh does).");
    }

    /// <summary>A client presenting another token, e.g. a guest's.</summary>
    public HttpClient CreateClient(string secret)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    /// <summary>Creates a token of the default home through the API and returns its secret.</summary>
    public async Task<string> CreateTokenAsync(string name, string role, CancellationToken cancellationToken)
    {
        using var response = await Owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name, role }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("secret").GetString()!;
    }

    /// <summary>Creates a device-maker token for <paramref name="vendor"/> through the API and returns its secret.</summary>
    public async Task<string> CreateMakerTokenAsync(string name, string vendor, CancellationToken cancellationToken)
    {
        using var response = await Owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name, role = "device-maker", @namespace = vendor }, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"a maker token answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("secret").GetString()!;
    }

    public async Task<JsonElement> GetDeviceAsync(string deviceId, CancellationToken cancellationToken) =>
        await Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}", cancellationToken);

    /// <summary>The reported value of a property, or null before the first report.</summary>
    public async Task<JsonElement?> ReportedAsync(string deviceId, string key, CancellationToken cancellationToken)
    {
        var device = await GetDeviceAsync(deviceId, cancellationToken);
        return device.GetProperty("properties").TryGetProperty(key, out var property) && property.TryGetProperty("reported", out var reported)
            ? reported.GetProperty("value").Clone()
            : null;
    }

    /// <summary>Sets a property through the API and waits until the device has reported the value.</summary>
    /// <summary>
    /// Sets a property and waits until the device reports it. The hub is shared: another test's scene or voice command
    /// may set the same device meanwhile, so the set is sent again (three times at most) until the value holds.
    /// </summary>
    public async Task SetAndWaitAsync(string deviceId, string key, object value, CancellationToken cancellationToken)
    {
        var expected = JsonSerializer.SerializeToElement(value).GetRawText();
        JsonElement? reported = null;
        for (var attempt = 0; attempt < 3 && reported?.GetRawText() != expected; attempt++)
        {
            using var response = await Owner.PostAsJsonAsync($"/api/v1/homes/home/devices/{deviceId}/properties",
                new Dictionary<string, object> { ["values"] = new Dictionary<string, object> { [key] = value } }, cancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"set {key} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            reported = await Eventually.MatchesAsync(() => ReportedAsync(deviceId, key, cancellationToken), r => r?.GetRawText() == expected, cancellationToken);
        }

        Assert.True(reported?.GetRawText() == expected, $"{deviceId} never reported {key}={expected} (last {reported?.GetRawText()})");
    }

    /// <summary>A held device drops off the network abruptly: the broker publishes its last will ("offline", "last-will").</summary>
    public void TakeOffline(string deviceId) => HeldDevice(deviceId).GoOffline(TimeSpan.FromMinutes(10));

    /// <summary>A held device comes back: it reconnects, announces and says it is online.</summary>
    public void BringBack(string deviceId) => HeldDevice(deviceId).EndOutage();

    /// <summary>A held device reads a new value (someone pressed it, a battery drained) and reports it on its next tick.</summary>
    public void ReportLocally(string deviceId, string key, object value) =>
        Assert.Null(HeldDevice(deviceId).SetLocally(key, JsonSerializer.SerializeToElement(value)));

    private AiotHub.Simulators.Devices.SimulatedDevice HeldDevice(string deviceId) =>
        _held?.Find(deviceId) ?? throw new InvalidOperationException($"{deviceId} is not one of Scenario/browser-held.json's devices");

    /// <summary>
    /// Provisions Scenario/browser-held.json's devices in the home and runs them here with their secrets; they report
    /// only what changes (no periodic drift), so a value a test makes them read stays as it was.
    /// </summary>
    private async Task<SimulatorFleet> StartHeldDevicesAsync(CancellationToken cancellationToken)
    {
        var parsed = ScenarioParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Scenario", "browser-held.json"));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        using var response = await Owner.PostAsJsonAsync("/api/v1/homes/home/devices/provision",
            new { devices = parsed.Scenario.Devices.Select(d => new { id = d.Id, model = d.Model, name = d.Name, room = d.Room }) }, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"provisioning answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var file = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var credentials = file.GetProperty("devices").EnumerateArray().ToDictionary(
            d => d.GetProperty("id").GetString()!,
            d => new SimulatorCredential(d.GetProperty("userName").GetString(), d.GetProperty("password").GetString()),
            StringComparer.Ordinal);
        var (profiles, errors) = ProfileLoader.Load([Path.Combine(AppContext.BaseDirectory, "device-profiles")]);
        Assert.Empty(errors);
        var fleet = SimulatorFleet.FromScenario(new FleetOptions { Port = MqttPort, Credentials = credentials, Device = { Rate = 0 } }, parsed.Scenario, profiles);
        await fleet.StartAsync(cancellationToken);
        return fleet;
    }

    // The demo places each device in its room once it has announced itself and come online.
    private async Task WaitForHomeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var devices = await Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices", cancellationToken);
            var list = devices.ValueKind == JsonValueKind.Array ? devices : devices.GetProperty("items");
            var ready = list.EnumerateArray().Count(d =>
                d.TryGetProperty("roomId", out var room) && room.ValueKind == JsonValueKind.String
                && d.GetProperty("availability").GetProperty("state").GetString() == "online");
            if (ready == DeviceIds.Length)
                return;
            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        Owner?.Dispose();
        if (_held is not null)
            await _held.DisposeAsync();
        if (_hub is not null)
            await _hub.DisposeAsync();
    }
}
