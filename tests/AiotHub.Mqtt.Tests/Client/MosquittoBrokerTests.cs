using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MosquittoBrokerTests
{
    [Fact]
    public async Task BrokerAcceptsConnectionsAndRestartsOnTheSamePort()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(new() { Persistence = true }, ct);
        var port = broker.Port;
        Assert.True(await CanConnectAsync(port, ct), broker.Log);

        await broker.StopAsync(ct);
        Assert.False(broker.IsRunning);
        Assert.True(File.Exists(Path.Combine(broker.DataDirectory, "mosquitto.db")), broker.Log);

        await broker.StartAgainAsync(ct);
        Assert.Equal(port, broker.Port);
        Assert.True(await CanConnectAsync(port, ct), broker.Log);

        await broker.KillAsync(ct);
        Assert.False(await CanConnectAsync(port, ct));
        await broker.RestartAsync(ct);
        Assert.True(await CanConnectAsync(port, ct), broker.Log);
    }

    private static async Task<bool> CanConnectAsync(int port, CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
