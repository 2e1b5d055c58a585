using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// "Another address of the same machine": a network namespace joined to this one by a veth pair, the hub's side
/// 10.231.N.1/30 and the other side 10.231.N.2/30. A process started <see cref="Inside"/> reaches the hub only at
/// <see cref="HostAddress"/>, and the hub sees it come from <see cref="PeerAddress"/> — not loopback. Traffic never
/// leaves the machine. Needs root and iproute2; skipped otherwise.
/// </summary>
internal sealed class NetworkNamespace : IDisposable
{
    private readonly string _ip;
    private readonly string _hostLink;

    private NetworkNamespace(string ip, string name, string hostLink, int subnet)
    {
        _ip = ip;
        Name = name;
        _hostLink = hostLink;
        HostAddress = IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"10.231.{subnet}.1"));
        PeerAddress = IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"10.231.{subnet}.2"));
    }

    public string Name { get; }

    /// <summary>This machine's address as seen from inside the namespace.</summary>
    public IPAddress HostAddress { get; }

    /// <summary>The namespace's own address: where its traffic comes from.</summary>
    public IPAddress PeerAddress { get; }

    public static NetworkNamespace Create()
    {
        var ip = Requires.Executable("ip", "iproute2");
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            Assert.Skip("Network namespaces need root on Linux (CI runs as root).");

        var subnet = RandomNumberGenerator.GetInt32(1, 255);
        var tag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var name = "aiot-" + tag;
        var hostLink = "vh" + tag;
        var peerLink = "va" + tag;
        var space = new NetworkNamespace(ip, name, hostLink, subnet);
        try
        {
            Run(ip, "netns", "add", name);
            Run(ip, "link", "add", hostLink, "type", "veth", "peer", "name", peerLink);
            Run(ip, "link", "set", peerLink, "netns", name);
            Run(ip, "addr", "add", space.HostAddress + "/30", "dev", hostLink);
            Run(ip, "link", "set", hostLink, "up");
            Run(ip, "netns", "exec", name, "ip", "addr", "add", space.PeerAddress + "/30", "dev", peerLink);
            Run(ip, "netns", "exec", name, "ip", "link", "set", peerLink, "up");
            Run(ip, "netns", "exec", name, "ip", "link", "set", "lo", "up");
        }
        catch
        {
            space.Dispose();
            throw;
        }

        return space;
    }

    /// <summary>The command line that runs <paramref name="executable"/> inside the namespace.</summary>
    public (string Executable, string[] Arguments) Inside(string executable, params string[] arguments) =>
        (_ip, ["netns", "exec", Name, executable, .. arguments]);

    public void Dispose()
    {
        // Deleting the namespace deletes its end of the pair, which takes the host end with it.
        TryRun(_ip, "netns", "del", Name);
        TryRun(_ip, "link", "del", _hostLink);
    }

    private static void Run(string executable, params string[] arguments)
    {
        var (code, error) = Execute(executable, arguments);
        if (code != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed ({code}): {error}");
    }

    private static void TryRun(string executable, params string[] arguments) => Execute(executable, arguments);

    private static (int Code, string Error) Execute(string executable, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Trim());
    }
}
