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
}
