using System.Net;
using System.Net.Sockets;
using MQTTnet.Channel;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// Gives MQTTnet its TCP connection and keeps the socket, so a test can make the client vanish as on a power cut:
/// a reset, no DISCONNECT. MQTTnet itself has no way to end a connection without one.
/// </summary>
internal sealed class VanishingStreamProvider : IMqttClientStreamProvider
{
    private Socket? _socket;

    public async Task<Stream> ConnectAsync(EndPoint brokerEndPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(brokerEndPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        return new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>Closes the connection with a TCP reset (SO_LINGER 0), as a device that lost power does.</summary>
    public void Vanish()
    {
        if (_socket is { } socket)
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
    }
}
