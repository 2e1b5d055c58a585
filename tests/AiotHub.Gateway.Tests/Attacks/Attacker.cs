using System.Globalization;
using System.Net;
using System.Text.Json;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// Runs Attacks/attacker.py (paho-mqtt, a client the hub's authors did not write) against the hub's MQTT port,
/// from loopback or from inside a <see cref="NetworkNamespace"/>, and returns the JSON line it printed.
/// </summary>
internal sealed class Attacker(IPAddress hubAddress, int port, NetworkNamespace? network = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Where the attacker's traffic comes from: the namespace's address, or loopback.</summary>
    public string Origin => network is null ? "loopback" : "another address (" + network.PeerAddress + ")";

    public static Attacker OnLoopback(int port) => new(IPAddress.Loopback, port);

    public static Attacker From(NetworkNamespace network, int port) => new(network.HostAddress, port, network);

    /// <summary>Runs one attack; <paramref name="arguments"/> are the global options and the action, as in attacker.py's usage.</summary>
    public async Task<JsonElement> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var python = Requires.PythonPaho();
        var script = Path.Combine(AppContext.BaseDirectory, "Attacks", "attacker.py");
        string[] command = [script, "--host", hubAddress.ToString(), "--port", port.ToString(CultureInfo.InvariantCulture), .. arguments];
        var (executable, args) = network is null ? (python, command) : network.Inside(python, command);
        await using var process = ChildProcess.Start(executable, args);
        var code = await process.WaitForExitAsync(Timeout, cancellationToken);
        var json = process.Lines.LastOrDefault(l => l.StartsWith('{'));
        Assert.True(code == 0 && json is not null, $"attacker.py failed from {Origin}:{Environment.NewLine}{process.Describe()}");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
