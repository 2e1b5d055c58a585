using System.Net;
using System.Net.Sockets;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// Where fetching a release's <c>imageUrl</c> may connect: by default only to public addresses, checked on the address
/// actually connected to (after DNS, and again on every redirect), so neither a name nor a redirect that leads into the
/// home's LAN or the hub itself gets through (Ota:AllowPrivateImageUrls turns it off, for a maker's server on the LAN).
/// </summary>
internal static class ImageFetchAddresses
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowPrivate) =>
        async (context, cancellationToken) =>
        {
            var endPoint = context.DnsEndPoint;
            var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivate || IsPublic(a)).ToArray();
            if (allowed.Length == 0)
                throw new HttpRequestException($"{endPoint.Host} is not a public address; the hub fetches images only from the internet (Ota:AllowPrivateImageUrls)");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    /// <summary>Not loopback, private (RFC 1918, RFC 4193), link-local, CGNAT, unspecified or multicast.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || b[0] == 169 && b[1] == 254
                || b[0] == 172 && b[1] is >= 16 and <= 31
                || b[0] == 192 && b[1] == 168
                || b[0] == 100 && b[1] is >= 64 and <= 127);
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
    }
}
