using System.Globalization;
using System.Text.Json;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// Runs one of the Interop/Paho/*.py scenarios with Debian's python3 and paho-mqtt against a
/// broker and returns the JSON line it prints (what the paho clients observed).
/// </summary>
internal static class PahoPeer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<JsonElement> RunAsync(string scenario, InteropBroker broker, MqttProtocolVersion version, CancellationToken cancellationToken)
    {
        var python = Requires.PythonPaho();
        var script = Path.Combine(AppContext.BaseDirectory, "Interop", "Paho", scenario + ".py");
        await using var process = ChildProcess.Start(python,
        [
            script,
            "--host", InteropBroker.Host,
            "--port", broker.Port.ToString(CultureInfo.InvariantCulture),
            "--version", version == MqttProtocolVersion.V500 ? "5" : "311",
        ]);
        var code = await process.WaitForExitAsync(Timeout, cancellationToken);
        var json = process.Lines.LastOrDefault(l => l.StartsWith('{'));
        Assert.True(code == 0 && json is not null,
            $"paho scenario '{scenario}' failed against {broker}.{Environment.NewLine}{process.Describe()}{Environment.NewLine}--- broker ---{Environment.NewLine}{broker.Log}");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string[] Payloads(this JsonElement messages) =>
        [.. messages.EnumerateArray().Select(m => m.GetProperty("payload").GetString()!)];
}
