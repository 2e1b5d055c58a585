using System.Net;
using System.Net.Sockets;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using AiotHub.Mqtt.Protocol;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>
/// The start-up gap (docs/gateway.md, "The device link"): a device that reconnects to a restarting hub and reports at
/// once must not find the broker listening but the hub's device link not yet attached.
/// </summary>
public sealed class StartupGapTests : IDisposable
{
    private const string Light = "aiot.light.ceiling1";
    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-startup-gap-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AQos1ReportSentTheMomentAHubRestartLetsTheDeviceInReachesTheTwin()
    {
        await using (var hub = new DeviceHub(("Devices:DataDirectory", _data)))
        {
            await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
            await hub.WaitOnlineAsync("lamp-1", Ct);
        }

        // The device knocks from before the hub starts until it is let in, and reports the moment it is (no subscribe,
        // no announce first): its PUBACK is the hub's promise that the report is taken.
        var port = FreeTcpPort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var device = Task.Run(() => ConnectAndReportAsync(port, """{"values":{"light.brightness":33}}""", stop.Token), Ct);
        // Whatever starts between the broker and the device link (telemetry opening its file, say) takes its time: the
        // device has long been knocking when the link attaches.
        await using var restarted = new GatewayFactory(("Devices:DataDirectory", _data), ("Mqtt:Port", port.ToString()))
        {
            ConfigureServices = services =>
            {
                var bridge = services.IndexOf(services.Single(d => d.ServiceType == typeof(DeviceBridge)));
                services.Insert(bridge + 1, ServiceDescriptor.Singleton<IHostedService>(new SlowStart(TimeSpan.FromMilliseconds(800))));
            },
        };
        await Task.Run(() => restarted.CreateClient().Dispose(), Ct);
        var registry = restarted.Services.GetRequiredService<DeviceRegistry>();
        stop.CancelAfter(TimeSpan.FromSeconds(30));
        await device;

        Assert.True(await WaitUntilAsync(
            () => registry.TryGetDevice("lamp-1", out var d)
                && d.Properties.TryGetValue("light.brightness", out var p) && p.Reported?.Value.GetInt32() == 33, Ct),
            "the report the broker acknowledged is not in the twin");
    }

    private static async Task ConnectAndReportAsync(int port, string json, CancellationToken cancellationToken)
    {
        while (true)
        {
            var client = new MqttClient(new MqttClientOptions
            {
                Host = "127.0.0.1",
                Port = port,
                ClientId = "lamp-1",
                ProtocolVersion = MqttProtocolVersion.V500,
                ConnectTimeout = TimeSpan.FromSeconds(15),
            });
            await using (client)
            {
                try
                {
                    await client.ConnectAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Not listening yet: knock again at once.
                    await Task.Delay(1, cancellationToken);
                    continue;
                }

                var result = await client.PublishAsync(new MqttApplicationMessage
                {
                    Topic = "aiot/lamp-1/properties",
                    Payload = System.Text.Encoding.UTF8.GetBytes(json),
                    QualityOfService = MqttQualityOfService.AtLeastOnce,
                }, cancellationToken);
                Assert.True(result.IsSuccess, $"PUBACK {result.ReasonCode}");
                return;
            }
        }
    }

    /// <summary>A hosted service that takes <paramref name="delay"/> to start.</summary>
    private sealed class SlowStart(TimeSpan delay) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
