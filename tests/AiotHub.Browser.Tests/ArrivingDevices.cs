using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Devices that arrive during a test, as they would in a home: one that pairs with a code the app showed and then
/// runs as a simulated device with the secret it got, or one that announces itself from the hub's machine
/// (anonymous MQTT is allowed there). Each test removes its own, so the shared simulated home stays as it was.
/// </summary>
internal static class ArrivingDevices
{
    private const string Devices = "/api/v1/homes/home/devices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Pairs <paramref name="deviceId"/> with the code (as a device maker's firmware does), then runs it with its own secret.</summary>
    public static async Task<SimulatorFleet> PairAndRunAsync(BrowserHub hub, string code, string deviceId, string model, string announcedName)
    {
        var credential = await DevicePairing.PairAsync("127.0.0.1", hub.MqttPort, code, deviceId, model, cancellationToken: Ct);
        var parsed = ScenarioParser.Parse(JsonSerializer.Serialize(new
        {
            name = "arriving",
            rooms = new[] { new { name = "anywhere", devices = new[] { new { id = deviceId, model, name = announcedName } } } },
        }));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var (profiles, errors) = ProfileLoader.Load([Path.Combine(AppContext.BaseDirectory, "device-profiles")]);
        Assert.Empty(errors);
        var fleet = SimulatorFleet.FromScenario(new FleetOptions
        {
            Port = hub.MqttPort,
            Credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal) { [deviceId] = credential },
            Device = { Rate = 0 },
        }, parsed.Scenario, profiles);
        Assert.Equal(1, await fleet.StartAsync(Ct));
        return fleet;
    }

    /// <summary>Announces a device (retained, then online) with mosquitto_pub as that device (its client id).</summary>
    public static async Task AnnounceAsync(BrowserHub hub, string deviceId, string model)
    {
        var publish = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        foreach (var (topic, payload) in new[] { ("announce", $$"""{"model":"{{model}}"}"""), ("availability", """{"state":"online"}""") })
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(publish,
            [
                "-h", "127.0.0.1", "-p", hub.MqttPort.ToString(CultureInfo.InvariantCulture), "-q", "1", "-r",
                "-i", deviceId, "-t", $"aiot/{deviceId}/{topic}", "-m", payload,
            ]) { RedirectStandardError = true, UseShellExecute = false })!;
            await process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(20), Ct);
            Assert.True(process.ExitCode == 0, $"mosquitto_pub failed: {await process.StandardError.ReadToEndAsync(Ct)}");
        }
    }

    /// <summary>Announces a device and takes it into the home through the API, named and in the room called <paramref name="roomName"/>.</summary>
    public static async Task AnnounceAndApproveAsync(BrowserHub hub, string deviceId, string model, string name, string roomName)
    {
        await AnnounceAsync(hub, deviceId, model);
        var roomId = await RoomIdAsync(hub, roomName);
        var approved = await Eventually.MatchesAsync(async () =>
        {
            using var response = await hub.Owner.PostAsJsonAsync($"{Devices}/{deviceId}/approve", new { name, roomId }, Ct);
            return response.StatusCode;
        }, status => status == HttpStatusCode.OK, Ct);
        Assert.Equal(HttpStatusCode.OK, approved);
    }

    public static async Task<string> RoomIdAsync(BrowserHub hub, string name)
    {
        var home = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home", Ct);
        return home.GetProperty("rooms").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    /// <summary>Removes the device if it is still there (a test that failed half-way leaves nothing behind).</summary>
    public static async Task RemoveAsync(BrowserHub hub, string deviceId)
    {
        using var response = await hub.Owner.DeleteAsync($"{Devices}/{deviceId}?history=purge", Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"removing {deviceId} answered {response.StatusCode}");
    }
}
