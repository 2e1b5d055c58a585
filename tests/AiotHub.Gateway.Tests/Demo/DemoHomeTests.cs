using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Demo;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Gateway.Tests.Scenes;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Demo;

/// <summary>`--demo`: a newcomer's first command shows a whole simulated home that works.</summary>
public sealed class DemoHomeTests
{
    private const int DemoDevices = 14;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoHomesDevicesComeOnlineNamedInTheirRoomsAndObeyTheApi()
    {
        await using var hub = new DeviceHub(("Demo:Enabled", "true"));
        using var http = hub.CreateHttpClient();

        Assert.True(await WaitUntilAsync(() => hub.Registry.ListDevices().Count(d => d.RoomId is not null && d.Availability.State == AvailabilityState.Online) == DemoDevices, Ct),
            $"devices placed and online: {string.Join(", ", hub.Registry.ListDevices().Select(d => $"{d.Id} {d.RoomId} {d.Availability.State}"))}");
        var rooms = hub.Registry.ListRooms(DeviceRegistry.DefaultHomeId);
        Assert.Equal(["Bedroom", "Hallway", "Kitchen", "Living room"], rooms.Select(r => r.Name));
        var living = rooms.Single(r => r.Name == "Living room").Id;
        Assert.True(hub.Registry.TryGetDevice("living-ceiling-light", out var light));
        Assert.Equal("Ceiling light", light.Name);
        Assert.Equal(living, light.RoomId);

        var response = await http.PostAsync("/api/v1/homes/home/devices/living-ceiling-light/properties",
            Body("""{"values":{"light.on":true,"light.brightness":35}}"""), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;

        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)?.Status == CommandStatus.Applied, Ct), $"command {hub.Registry.GetCommand(id)?.Status}");
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("living-ceiling-light", out var d)
            && d.Properties.TryGetValue("light.brightness", out var twin) && twin.Reported?.Value.GetInt32() == 35, Ct));
    }

    [Fact]
    public async Task TheDemoDevicesConnectWithTheirOwnCredentialsSoTheDemoWorksWithAnonymousMqttOff()
    {
        await using var hub = new DeviceHub(("Demo:Enabled", "true"), ("Mqtt:AllowAnonymous", "false"));
        using var http = hub.CreateHttpClient();

        Assert.True(await WaitUntilAsync(() => hub.Registry.ListDevices().Count(d => d.Availability.State == AvailabilityState.Online) == DemoDevices, Ct),
            $"online: {string.Join(", ", hub.Registry.ListDevices().Where(d => d.Availability.State == AvailabilityState.Online).Select(d => d.Id))}");
        var credentials = await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/living-ceiling-light/credentials", Ct);
        Assert.Equal("demo", credentials.GetProperty("origin").GetString());
        Assert.Equal("127.0.0.1", credentials.GetProperty("lastAddress").GetString());
        // Nobody else may be the demo's light: not anonymously, not with a guess.
        var anonymous = await Assert.ThrowsAsync<AiotHub.Mqtt.Client.MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "living-ceiling-light"));
        Assert.Equal(AiotHub.Mqtt.Protocol.MqttReasonCode.NotAuthorized, anonymous.ReasonCode);
    }

    [Fact]
    public async Task TheDemoHomeHasScenesThatRunOnItsSimulatedDevices()
    {
        await using var hub = new DeviceHub(("Demo:Enabled", "true"));
        using var http = hub.CreateHttpClient();
        var scenes = hub.Services.GetRequiredService<SceneCatalog>();

        Assert.True(await WaitUntilAsync(() => scenes.List(DeviceRegistry.DefaultHomeId).Count == 4, Ct), "the demo scenes were not created");
        Assert.Equal(["good-morning", "good-night", "movie", "welcome-home"],
            (await GetItemsAsync(http, "/api/v1/homes/home/scenes")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.True(await WaitUntilAsync(() => hub.Registry.ListDevices().Count(d => d.Availability.State == AvailabilityState.Online) == DemoDevices, Ct));

        var response = await http.PostAsync("/api/v1/homes/home/scenes/welcome-home/run", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await ScenesApiTests.FinishedRunAsync(http, response.Headers.Location!.OriginalString);
        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.ToString());
    }

    [Fact]
    public async Task ADemoHomeWhoseTelevisionWasStoredOnProfileVersionOneTakesVersionTwoWithItsVoiceRemote()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-demo-upgrade-").FullName;
        try
        {
            // The demo home as a hub before the voice remote stored it: the TV and TV box pinned to version 1.
            await using (var before = new DeviceHub(("Devices:DataDirectory", data)))
            {
                before.Registry.OnAnnounce("living-tv", new DeviceAnnouncement("aiot.tv.t1", ProfileVersion: 1));
                before.Registry.OnAnnounce("living-tv-box", new DeviceAnnouncement("aiot.tvbox.b1", ProfileVersion: 1));
            }

            await using var hub = new DeviceHub(("Devices:DataDirectory", data), ("Demo:Enabled", "true"));

            Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("living-tv", out var tv) && tv.ActiveProfileVersion == 2 && tv.Pending is null
                && hub.Registry.TryGetDevice("living-tv-box", out var box) && box.ActiveProfileVersion == 2 && box.Pending is null, Ct),
                string.Join(", ", hub.Registry.ListDevices().Where(d => d.Model != "aiot.light.ceiling1").Select(d => $"{d.Id} v{d.ActiveProfileVersion} {d.Pending?.Reason}")));
            Assert.DoesNotContain(hub.Registry.ListPending(DeviceRegistry.DefaultHomeId), p => p.DeviceId.StartsWith("living-tv", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutTheSwitchThereIsNoDemoHome()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        Assert.Empty((await GetItemsAsync(http, "/api/v1/homes/home/devices")).EnumerateArray());
    }

    [Theory]
    [InlineData(new[] { "--demo" }, true, new string[0])]
    [InlineData(new[] { "--Mqtt:Port=1884", "--DEMO" }, true, new[] { "--Mqtt:Port=1884" })]
    [InlineData(new[] { "--Mqtt:Port=1884" }, false, new[] { "--Mqtt:Port=1884" })]
    public void TheDemoSwitchIsTakenOffTheCommandLine(string[] args, bool demo, string[] rest)
    {
        Assert.Equal(rest, args.WithoutDemoSwitch(out var found));
        Assert.Equal(demo, found);
    }

    [Fact]
    public async Task TheExecutableWithTheDemoSwitchServesTheDemoHome()
    {
        await using var hub = GatewayProcess.Start("--demo");
        using var http = await hub.CreateOwnerClientAsync(Ct);

        var devices = await Eventually.MatchesAsync(async () =>
        {
            try
            {
                return (await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices", Ct)).GetProperty("items");
            }
            catch (HttpRequestException)
            {
                return default;
            }
        }, d => d.ValueKind == JsonValueKind.Array && d.EnumerateArray().Count(x => x.TryGetProperty("roomId", out _)) == DemoDevices, Ct);

        Assert.True(devices.ValueKind == JsonValueKind.Array && devices.GetArrayLength() == DemoDevices, hub.Output);
    }
}
