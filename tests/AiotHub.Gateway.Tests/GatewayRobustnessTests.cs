using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// "The hub never crashes on a malformed packet", checked on the real executable: garbage, truncated
/// and oversized packets from many sockets, ended by FIN or RST, leave the process running, healthy
/// and serving the device that was connected all along. The broker's own tests cover each case in depth.
/// </summary>
public sealed class GatewayRobustnessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHubSurvivesMalformedPacketsAndKeepsServingItsDevices()
    {
        await using var hub = GatewayProcess.Start();
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var health = await Eventually.MatchesAsync(() => TryGetHealthAsync(http), h => h?.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(health?.StatusCode == HttpStatusCode.OK, $"/healthz never answered 200.{Environment.NewLine}{hub.Output}");
        await using var canary = await TestMqttClients.ConnectAsync(hub.MqttPort, Ct, clientId: "canary");
        await canary.SubscribeAsync("devices/canary/#", MqttQualityOfService.AtLeastOnce, Ct);

        var random = new Random(20261201);
        var abuse = new List<byte[]>();
        for (var i = 0; i < 60; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            abuse.Add(bytes);
        }

        byte[] connect = [0x10, 0x0D, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 0x05, 0x02, 0x00, 0x3C, 0x00, 0x00, 0x00];
        for (var length = 1; length < connect.Length; length++)
        {
            abuse.Add(connect[..length]); // truncated CONNECT
        }

        abuse.Add([.. connect, 0x30, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x01, (byte)'t']); // PUBLISH declaring 268,435,455 bytes
        abuse.Add([.. connect, 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]);                 // remaining length of five bytes
        abuse.Add([.. connect, 0x30, 0x03, 0x00, 0xFF, (byte)'t']);                  // topic longer than the packet
        abuse.Add([.. connect, 0x10, 0x02, 0x00, 0x00]);                             // second CONNECT, malformed
        abuse.Add([.. connect, 0xF0, 0x00]);                                         // AUTH: no enhanced authentication here

        await Task.WhenAll(abuse.Select((bytes, i) => SendAndCloseAsync(hub.MqttPort, bytes, reset: i % 2 == 0)));

        Assert.Null(await hub.WaitForExitAsync(TimeSpan.FromMilliseconds(200), Ct));
        var published = await canary.PublishAsync(new MqttApplicationMessage
        {
            Topic = "devices/canary/state", Payload = "alive"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce,
        }, Ct);
        Assert.True(published.IsSuccess, published.ReasonCode.ToString());
        await using (var newcomer = await TestMqttClients.ConnectAsync(hub.MqttPort, Ct, clientId: "newcomer"))
        {
            Assert.True((await newcomer.PublishAsync(new MqttApplicationMessage
            {
                Topic = "devices/newcomer/state", Payload = "on"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce,
            }, Ct)).IsSuccess);
        }

        health = await Eventually.MatchesAsync(() => TryGetHealthAsync(http), h => h?.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(health?.StatusCode == HttpStatusCode.OK, hub.Output);
        Assert.DoesNotContain("Unhandled exception", hub.Output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task SendAndCloseAsync(int port, byte[] bytes, bool reset)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), Ct);
        try
        {
            await socket.SendAsync(bytes, SocketFlags.None, Ct);
            if (reset)
            {
                socket.LingerState = new LingerOption(true, 0);
                return;
            }

            // FIN, then wait for the hub to close its side (it must: the input ended).
            socket.Shutdown(SocketShutdown.Send);
            var buffer = new byte[1024];
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(Eventually.Timeout);
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
            {
            }
        }
        catch (SocketException)
        {
            // The hub closed first (RST): fine.
        }
    }

    private static async Task<HealthResponseJson?> TryGetHealthAsync(HttpClient http)
    {
        try
        {
            return await HealthResponseJson.GetAsync(http, Ct);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
