using System.Globalization;
using System.Text.Json;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>A device pairing through Eclipse paho (pair_device.py): what it got back, or the CONNACK code that refused it.</summary>
internal sealed record PairingPeer(JsonElement? Response, string? Correlation, int? ConnAck)
{
    public static async Task<PairingPeer> PairAsync(int port, string code, string deviceId, string model, bool mqtt5, CancellationToken cancellationToken,
        string? csrPath = null)
    {
        var python = Requires.PythonPaho();
        var script = Path.Combine(AppContext.BaseDirectory, "Identity", "pair_device.py");
        string[] arguments = [script, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), code, deviceId, model, mqtt5 ? "5" : "3", .. csrPath is null ? Array.Empty<string>() : [csrPath]];
        await using var process = ChildProcess.Start(python, arguments);
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(40), cancellationToken) == 0, process.Describe());
        using var output = JsonDocument.Parse(process.Lines[^1]);
        var root = output.RootElement;
        Assert.False(root.TryGetProperty("timeout", out _), "no answer within 20 s: " + process.Describe());
        return new PairingPeer(
            root.TryGetProperty("response", out var response) ? response.Clone() : null,
            root.TryGetProperty("correlation", out var correlation) ? correlation.GetString() : null,
            root.TryGetProperty("connack", out var connAck) ? connAck.GetInt32() : null);
    }

    public int Code => Response!.Value.GetProperty("code").GetInt32();

    public string Password => Response!.Value.GetProperty("password").GetString()!;
}
