using System.Net;
using System.Net.Sockets;

namespace AiotHub.Benchmarks;

/// <summary>Free TCP ports on loopback for the servers the benchmarks start as child processes.</summary>
internal static class LoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
