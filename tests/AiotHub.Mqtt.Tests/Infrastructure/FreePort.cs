using System.Net;
using System.Net.Sockets;

namespace AiotHub.Mqtt.Tests.Infrastructure;

/// <summary>Free TCP ports on loopback for child-process servers (our own listeners bind port 0 instead).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A free port below Linux's ephemeral range (32768-60999), for a server a test stops and starts
    /// again on the same port: while it is down, no outgoing connection or <see cref="Next"/> can be
    /// handed its port, as can happen to an ephemeral one.
    /// </summary>
    public static int Stable()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        return Next();
    }
}
