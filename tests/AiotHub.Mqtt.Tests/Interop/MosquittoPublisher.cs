using System.Globalization;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>Runs mosquitto_pub to completion and asserts that it succeeded.</summary>
internal static class MosquittoPublisher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Publishes one message (-m), or nothing (-n) when <paramref name="message"/> is null.</summary>
    public static Task PublishAsync(
        InteropBroker broker, MqttProtocolVersion version, string topic, string? message, int qos, CancellationToken cancellationToken,
        IEnumerable<string>? extraArguments = null) =>
        RunAsync(broker, version, topic, qos, [.. message is null ? ["-n"] : new[] { "-m", message }, .. extraArguments ?? []], null, cancellationToken);

    /// <summary>Publishes the content of <paramref name="file"/> as one message (-f).</summary>
    public static Task PublishFileAsync(
        InteropBroker broker, MqttProtocolVersion version, string topic, string file, int qos, CancellationToken cancellationToken) =>
        RunAsync(broker, version, topic, qos, ["-f", file], null, cancellationToken);

    /// <summary>Publishes each line as one message over a single connection (-l).</summary>
    public static Task PublishLinesAsync(
        InteropBroker broker, MqttProtocolVersion version, string topic, IEnumerable<string> lines, int qos, CancellationToken cancellationToken,
        IEnumerable<string>? extraArguments = null) =>
        RunAsync(broker, version, topic, qos, ["-l", .. extraArguments ?? []], string.Join('\n', lines) + "\n", cancellationToken);

    private static async Task RunAsync(
        InteropBroker broker, MqttProtocolVersion version, string topic, int qos, IEnumerable<string> extraArguments, string? standardInput,
        CancellationToken cancellationToken)
    {
        var executable = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        List<string> arguments =
        [
            "-h", InteropBroker.Host, "-p", broker.Port.ToString(CultureInfo.InvariantCulture),
            "-V", MosquittoArguments.Version(version), "-q", qos.ToString(CultureInfo.InvariantCulture), "-t", topic,
            .. extraArguments,
        ];
        await using var process = ChildProcess.Start(executable, arguments, standardInput);
        var code = await process.WaitForExitAsync(Timeout, cancellationToken);
        Assert.True(code == 0, $"mosquitto_pub failed against {broker}.{Environment.NewLine}{process.Describe()}{Environment.NewLine}--- broker ---{Environment.NewLine}{broker.Log}");
    }
}
