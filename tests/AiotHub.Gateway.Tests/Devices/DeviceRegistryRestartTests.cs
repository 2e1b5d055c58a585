using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using Microsoft.Data.Sqlite;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>The registry, twin and commands survive a hub restart, graceful or kill -9 (issue 3, item 5).</summary>
public sealed class DeviceRegistryRestartTests : IDisposable
{
    private const string Light = "aiot.light.ceiling1";
    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-devices-restart-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task AStoppedAndRestartedHubKeepsDevicesRoomsTwinAndCommands(DeviceLinkKind link)
    {
        string commandId;
        string roomId;
        await using (var hub = new DeviceHub(link, ("Devices:DataDirectory", _data)))
        {
            await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
            await hub.WaitOnlineAsync("lamp-1", Ct);
            roomId = hub.Registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Hall")!.Id;
            hub.Registry.UpdateDevice("lamp-1", name: "Hall light", roomId: roomId, aliases: ["hall"]);
            commandId = hub.Registry.SetProperties("lamp-1", Json("""{"light.brightness":70}""")).Command!.Id;
            var (_, body) = await lamp.NextCommandAsync(Ct);
            await lamp.ReplyAsync(body.GetProperty("id").GetString()!, 0, Ct);
            await lamp.PublishAsync("properties", """{"values":{"light.brightness":70}}""", Ct);
            Assert.True(await WaitUntilAsync(
                () => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties["light.brightness"].Reported is not null
                    && hub.Registry.GetCommand(commandId)!.Status == CommandStatus.Applied, Ct));
        }

        await using (var hub = new DeviceHub(link, ("Devices:DataDirectory", _data)))
        {
            Assert.True(hub.Registry.TryGetDevice("lamp-1", out var lamp));
            Assert.Equal("Hall light", lamp.Name);
            Assert.Equal(roomId, lamp.RoomId);
            Assert.Equal(["hall"], lamp.Aliases);
            Assert.Equal(DeviceStatus.Active, lamp.Status);
            Assert.Equal(70, lamp.Properties["light.brightness"].Reported!.Value.GetInt32());
            Assert.Equal(70, lamp.Properties["light.brightness"].Desired!.Value.GetInt32());
            Assert.Equal("hub-restarted", lamp.Availability.Reason);
            Assert.Equal(CommandStatus.Applied, hub.Registry.GetCommand(commandId)!.Status);
        }
    }

    [Fact]
    public async Task AfterKill9TheRegistryHoldsWhatWasWrittenBeforeIt()
    {
        await using (var process = GatewayProcess.StartInDirectory(_data, "--Devices:WriteBehindInterval=00:00:00.050"))
        {
            // Healthy means started: the bridge has subscribed, so the first report is not missed.
            Assert.True(await IsHealthyAsync(process), process.Output);
            await using var lamp = await ConnectWhenReadyAsync(process.MqttPort);
            await lamp.PublishAsync("properties", """{"values":{"light.brightness":42}}""", Ct);

            // Read the file as another process would, until the write-behind batch is committed.
            Assert.True(await WaitUntilAsync(() => ReportedBrightness() == "42", Ct), process.Output);
            process.Kill();
            Assert.NotNull(await process.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct));
        }

        await using var hub = new DeviceHub(("Devices:DataDirectory", _data));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(DeviceStatus.New, device.Status);
        Assert.Equal(42, device.Properties["light.brightness"].Reported!.Value.GetInt32());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<bool> IsHealthyAsync(GatewayProcess process)
    {
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        return await WaitUntilAsync(() =>
        {
            try
            {
                using var response = http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct).GetAwaiter().GetResult();
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, Ct);
    }

    private static async Task<TestDevice> ConnectWhenReadyAsync(int port)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            try
            {
                return await TestDevice.StartAsync(port, "lamp-1", Light, Ct);
            }
            catch (Exception) when (DateTime.UtcNow - started < Eventually.Timeout)
            {
                await Task.Delay(100, Ct);
            }
        }
    }

    private string? ReportedBrightness()
    {
        var path = Path.Combine(_data, "hub.db");
        if (!File.Exists(path))
            return null;
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT reported FROM twin WHERE device_id = 'lamp-1' AND key = 'light.brightness'";
            return query.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }
}
