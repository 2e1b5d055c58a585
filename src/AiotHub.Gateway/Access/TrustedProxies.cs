using System.Net;

namespace AiotHub.Gateway.Access;

/// <summary>Api:TrustedProxies read: the addresses and networks whose X-Forwarded-For the hub believes.</summary>
internal sealed class TrustedProxies
{
    private TrustedProxies(IReadOnlyList<IPAddress> addresses, IReadOnlyList<IPNetwork> networks)
    {
        Addresses = addresses;
        Networks = networks;
    }

    public IReadOnlyList<IPAddress> Addresses { get; }

    public IReadOnlyList<IPNetwork> Networks { get; }

    /// <summary>Each entry one address or network, or several separated by commas; the problems name the setting.</summary>
    public static TrustedProxies Parse(IReadOnlyList<string> entries, List<string> problems)
    {
        List<IPAddress> addresses = [];
        List<IPNetwork> networks = [];
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var entry in entries[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/', StringComparison.Ordinal))
                    addresses.Add(Normalize(address));
                else if (IPNetwork.TryParse(entry, out var network))
                    networks.Add(network);
                else
                    problems.Add($"Api:TrustedProxies:{i} '{entry}' is not an IP address or a network (e.g. 127.0.0.1, ::1, 10.0.0.0/8).");
            }
        }

        return new TrustedProxies(addresses, networks);
    }

    public bool Contains(IPAddress? address)
    {
        if (address is null)
            return false;
        address = Normalize(address);
        return Addresses.Contains(address) || Networks.Any(n => n.Contains(address));
    }

    // Kestrel's dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d.
    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
