using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>Sandbox homes and bulk provisioning, and aiothub-sim running a fleet from the credentials file the API returns.</summary>
public sealed class ProvisioningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnIntegratorProvisionsAFleetInASandboxAndAiothubSimRunsItFromTheFile()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        using var made = await owner.PostAsJsonAsync("/api/v1/homes", new { name = "Integration lab" }, Ct);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var sandbox = await made.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var sandboxId = sandbox.GetProperty("id").GetString()!;
        Assert.True(sandbox.GetProperty("sandbox").GetBoolean());
        // The making token owns it: it lists it and makes an integrator token for it.
        var homes = await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct);
        Assert.Contains(homes.GetProperty("items").EnumerateArray(), h => h.GetProperty("id").GetString() == sandboxId);
        using var integrator = hub.CreateHttpClient(hub.Tokens.Create("ci",
            [new AccessGrant(sandboxId, AccessRole.Integrator), new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Integrator)], null).Secret);
        var fleet = new
        {
            devices = new object[]
            {
                new { id = "lab-lamp-1", model = "aiot.light.ceiling1", name = "Lab lamp", room = "Bench" },
                new { id = "lab-plug-1", model = "aiot.plug.meter1", room = "Bench" },
                new { id = "lab-th-1", model = "aiot.sensor.th1" },
            },
        };

        using var realHome = await integrator.PostAsJsonAsync("/api/v1/homes/home/devices/provision", fleet, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, realHome.StatusCode);
        using var provisioned = await integrator.PostAsJsonAsync($"/api/v1/homes/{sandboxId}/devices/provision", fleet, Ct);
        Assert.Equal(HttpStatusCode.OK, provisioned.StatusCode);
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, await provisioned.Content.ReadAsStringAsync(Ct), Ct);
            using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, Ct)))
            {
                var devices = document.RootElement.GetProperty("devices").EnumerateArray().ToList();
                Assert.Equal(3, devices.Count);
                Assert.All(devices, d => Assert.Equal(43, d.GetProperty("password").GetString()!.Length));
            }

            var simulator = Path.Combine(AppContext.BaseDirectory, "aiothub-sim.dll");
            await using var sim = ChildProcess.Start("dotnet",
                [simulator, "--credentials", file, "--profiles", Path.Combine(RepositoryRoot(), "device-profiles"), "--duration", "60", "--stats", "0"]);
            foreach (var id in new[] { "lab-lamp-1", "lab-plug-1", "lab-th-1" })
                Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.TryGetDevice(id, out var d) && d.Availability.State == AvailabilityState.Online, Ct),
                    $"{id} never came online:\n{sim.Describe()}");
            Assert.True(hub.Registry.TryGetDevice("lab-lamp-1", out var lamp));
            Assert.Equal(sandboxId, lamp.HomeId);
            Assert.Equal("Lab lamp", lamp.Name);
            Assert.Equal("Bench", hub.Registry.GetRoom(sandboxId, lamp.RoomId!)!.Name);
            Assert.Empty(hub.Registry.ListDevices(new DeviceQuery(HomeId: DeviceRegistry.DefaultHomeId)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AiothubSimPairsItsDeviceWithACodeAndRunsItAsItself()
    {
        await using var hub = new DeviceHub();
        var code = await PairingTests.CreateCodeAsync(hub, new { name = "Paired by the simulator" });

        await using var sim = ChildProcess.Start("dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "aiothub-sim.dll"), "--broker", $"mqtt://127.0.0.1:{hub.Port}", "--pair", code, "--count", "1",
            "--profiles", Path.Combine(RepositoryRoot(), "device-profiles", "aiot.light.ceiling1.json"), "--duration", "60", "--stats", "0",
        ]);

        Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.TryGetDevice("sim-ceiling1-1", out var d) && d.Availability.State == AvailabilityState.Online, Ct),
            sim.Describe());
        Assert.True(hub.Registry.TryGetDevice("sim-ceiling1-1", out var device));
        Assert.Equal("Paired by the simulator", device.Name);
        using var http = hub.CreateHttpClient();
        var credentials = await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/sim-ceiling1-1/credentials", Ct);
        Assert.Equal("pairing", credentials.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task ABadProvisioningRequestNamesTheFirstProblemAndChangesNothing()
    {
        await using var hub = new DeviceHub();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        using var owner = hub.CreateHttpClient();
        var sandboxId = (await (await owner.PostAsJsonAsync("/api/v1/homes", new { name = "Lab" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        var twice = await owner.PostAsJsonAsync("/api/v1/homes/home/devices/provision",
            new { devices = new[] { new { id = "a-1", model = "m" }, new { id = "A-1", model = "m" } } }, Ct);
        var badId = await owner.PostAsJsonAsync("/api/v1/homes/home/devices/provision", new { devices = new[] { new { id = "a/1", model = "m" } } }, Ct);
        var otherHome = await owner.PostAsJsonAsync($"/api/v1/homes/{sandboxId}/devices/provision", new { devices = new[] { new { id = "lamp-1", model = "m" } } }, Ct);
        var none = await owner.PostAsJsonAsync("/api/v1/homes/home/devices/provision", new { devices = Array.Empty<object>() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("$.devices[1].id", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherHome.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/v1/homes/home/devices/a-1/credentials", Ct)).StatusCode);
        // lamp-1 still connects anonymously from loopback: nobody gave it credentials.
        await using var again = await TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-2");
        Assert.True(again.IsConnected);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    }
}
