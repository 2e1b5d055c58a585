using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// One real hub process with the README's first command and no security setting changed (`--demo`: fourteen simulated
/// devices, the demo's scripted timeline moved out of the way), listening on every address so that a client in a <see cref="NetworkNamespace"/> can reach it, shared by
/// the attacks of a test class. The owner's client got its token the way a person does (the setup code, from
/// loopback).
/// </summary>
public sealed class DemoHubUnderAttack : IAsyncLifetime
{
    internal static readonly string[] DemoDevices =
    [
        "living-ceiling-light", "living-tv", "living-tv-box", "living-speaker", "living-curtain", "living-ac", "living-motion",
        "living-wall-switch", "bedroom-bulb", "bedroom-climate", "bedroom-purifier", "kitchen-kettle-plug", "kitchen-vacuum", "front-door",
    ];

    private GatewayProcess? _hub;
    private HttpClient? _owner;
    private NetworkNamespace? _network;
    private string? _scenarioDirectory;

    internal GatewayProcess Hub => _hub ?? throw new InvalidOperationException("not started");

    internal HttpClient Owner => _owner ?? throw new InvalidOperationException("not started");

    /// <summary>An attacker on another address of this machine (a network namespace).</summary>
    internal Attacker Stranger => Attacker.From(_network ?? throw new InvalidOperationException("not started"), Hub.MqttPort);

    /// <summary>An anonymous client on the hub's own machine.</summary>
    internal Attacker Local => Attacker.OnLoopback(Hub.MqttPort);

    internal NetworkNamespace Network => _network ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        _network = NetworkNamespace.Create();
        _hub = GatewayProcess.StartOnAllAddresses("--demo", "--Demo:Scenario=" + QuietScenario());
        _owner = await _hub.CreateOwnerClientAsync(CancellationToken.None);
        var online = await Eventually.MatchesAsync(OnlineDevicesAsync, n => n == DemoDevices.Length, CancellationToken.None);
        Assert.True(online == DemoDevices.Length, $"only {online} of {DemoDevices.Length} demo devices came online:\n{_hub.Output}");
    }

    /// <summary>
    /// The shipped demo home without its timeline: the timeline opens the door at 5 s, presses the wall switch at 10 s
    /// and tells the speaker to switch the ceiling light on at 15 s, which an attack test would take for its own doing.
    /// (Simulated devices that listen say nothing unless a step tells them to.)
    /// </summary>
    private string QuietScenario()
    {
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo", "home.json")))!.AsObject();
        shipped.Remove("loop");
        shipped["timeline"] = new JsonArray();
        _scenarioDirectory = Directory.CreateTempSubdirectory("aiothub-attack-scenario-").FullName;
        var path = Path.Combine(_scenarioDirectory, "home.json");
        File.WriteAllText(path, shipped.ToJsonString());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        _owner?.Dispose();
        if (_hub is not null)
            await _hub.DisposeAsync();
        _network?.Dispose();
        if (_scenarioDirectory is not null)
            Directory.Delete(_scenarioDirectory, recursive: true);
    }

    internal async Task<JsonElement> DeviceAsync(string deviceId) =>
        await Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}");

    /// <summary>What an attack may not change about a device: its model, status, availability and reported values.</summary>
    internal async Task<string> DeviceFingerprintAsync(string deviceId, bool withReadings = true)
    {
        var device = await DeviceAsync(deviceId);
        var availability = device.GetProperty("availability");
        var reported = device.GetProperty("properties").EnumerateObject()
            .Select(p => p.Name + "=" + (p.Value.TryGetProperty("reported", out var r) && r.ValueKind == JsonValueKind.Object ? r.GetProperty("value").GetRawText() : "-"))
            .Order(StringComparer.Ordinal);
        return string.Join("; ",
        [
            "model=" + device.GetProperty("model").GetString(),
            "status=" + device.GetProperty("status").GetRawText(),
            "availability=" + availability.GetProperty("state").GetRawText() + " since " + availability.GetProperty("since").GetRawText(),
            .. withReadings ? reported : Enumerable.Empty<string>(),
        ]);
    }

    /// <summary>Every run the home's automations have made (ids), newest first.</summary>
    internal async Task<string[]> AutomationRunIdsAsync(string automationId)
    {
        var page = await Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/automation-runs?automationId={automationId}&limit=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }

    internal async Task<string[]> CommandIdsAsync(string deviceId)
    {
        var page = await Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}/commands?limit=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    private async Task<int> OnlineDevicesAsync()
    {
        var page = await Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices?limit=500");
        return page.GetProperty("items").EnumerateArray()
            .Count(d => d.GetProperty("availability").GetProperty("state").GetString() == "online" && DemoDevices.Contains(d.GetProperty("id").GetString()));
    }
}
