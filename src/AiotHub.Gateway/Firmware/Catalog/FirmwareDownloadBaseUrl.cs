using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The base of download links: Ota:DownloadBaseUrl when set; else the hub's first HTTP address (HTTPS if it has no
/// HTTP one) as the server reports it once started, a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>)
/// replaced by the machine's first LAN IPv4 address (an up, non-loopback interface), or 127.0.0.1 when it has none.
/// Without any address (an in-process test server): <c>http://localhost</c>.
/// </summary>
internal sealed class FirmwareDownloadBaseUrl(IOptions<OtaOptions> options, IServer server)
{
    private string? _resolved;

    /// <summary>The base; the fallback <c>http://localhost</c> is never kept, so a hub asked before its server listens asks again.</summary>
    public string Value => _resolved ?? Resolve();

    private string Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.DownloadBaseUrl))
            return _resolved = options.Value.DownloadBaseUrl.TrimEnd('/');
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (address is null)
            return "http://localhost";
        return _resolved = WithConcreteHost(address.TrimEnd('/'), FirstLanAddress);
    }

    /// <summary><paramref name="address"/> with a wildcard host replaced by <paramref name="lan"/>() (or 127.0.0.1 when null).</summary>
    internal static string WithConcreteHost(string address, Func<IPAddress?> lan)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var portAt = address.LastIndexOf(':');
        var host = portAt > scheme && !address[portAt..].Contains(']', StringComparison.Ordinal) ? address[scheme..portAt] : address[scheme..];
        var rest = address[(scheme + host.Length)..];
        if (host is not ("0.0.0.0" or "[::]" or "*" or "+"))
            return address;
        return address[..scheme] + (lan()?.ToString() ?? "127.0.0.1") + rest;
    }

    private static IPAddress? FirstLanAddress()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(u => u.Address)
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        }
        catch (NetworkInformationException)
        {
            return null;
        }
    }
}
