using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>The queue of commands for the device link is bounded (Devices:MaxQueuedCommands): beyond it the API answers 503.</summary>
public sealed class CommandQueueApiTests
{
    private const string Commands = "/api/v1/homes/home/devices/lamp-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACommandBeyondTheQueueBoundIsRefusedWith503AndCountedInHealthz()
    {
        // The link cannot reach its broker, so nothing leaves the queue; the device is fed to the registry as the link would.
        await using var hub = new DeviceHub(
            ("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{FreePort.Next()}"), ("Devices:MaxQueuedCommands", "1"));
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1", Firmware: "1.0.0"));
        hub.Registry.OnAvailability("lamp-1", online: true);
        using var http = hub.CreateHttpClient();

        using var first = await http.PostAsync($"{Commands}/actions/light.toggle", null, Ct);
        using var second = await http.PostAsJsonAsync($"{Commands}/properties", new { values = new Dictionary<string, int> { ["light.brightness"] = 70 } }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("The command queue is full.", problem.GetProperty("title").GetString());
        Assert.Contains("1 commands waiting to be sent", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Nothing of the refused command was kept: one command, no desired brightness.
        var commands = await http.GetFromJsonAsync<JsonElement>($"{Commands}/commands", Ct);
        Assert.Single(commands.GetProperty("items").EnumerateArray());
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.False(lamp.Properties.ContainsKey("light.brightness"));

        using var healthz = await http.GetAsync("/healthz", Ct);
        var devices = (await healthz.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("devices");
        Assert.Equal((1, 1), (devices.GetProperty("queuedCommands").GetInt32(), devices.GetProperty("refusedCommands").GetInt32()));
    }

    [Fact]
    public async Task HealthzShowsTheAutomationEnginesQueueAndItsBound()
    {
        await using var hub = new DeviceHub(("Automations:MaxQueuedEvents", "500"));
        using var http = hub.CreateHttpClient();

        var health = await http.GetFromJsonAsync<JsonElement>("/healthz", Ct);

        var automations = health.GetProperty("automations");
        Assert.Equal((0, 500, 0, 0), (automations.GetProperty("queuedEvents").GetInt32(), automations.GetProperty("maxQueuedEvents").GetInt32(),
            automations.GetProperty("droppedEvents").GetInt32(), automations.GetProperty("widenedRechecks").GetInt32()));
    }
}
