using System.Globalization;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// A running mosquitto_sub. It runs with -d, so its stdout mixes libmosquitto's debug lines (used
/// to know when the SUBACK arrived) with one "MSG|topic|qos|retain|user-properties|content-type|response-topic|correlation-data|expiry|payload-format|subscription-ids|length|payload"
/// line per message (the -F format).
/// </summary>
internal sealed class MosquittoSubscriber : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private const string MessagePrefix = "MSG|";
    private readonly ChildProcess _process;

    private MosquittoSubscriber(ChildProcess process) => _process = process;

    public ChildProcess Process => _process;

    /// <summary>
    /// Starts mosquitto_sub and, unless <paramref name="waitForSubscription"/> is false, waits for
    /// its SUBACK so that messages published afterwards are sure to match the subscription.
    /// </summary>
    /// <param name="count">-C: exit after this many messages.</param>
    /// <param name="extraArguments">e.g. -c -i id, --will-topic …, -E.</param>
    public static async Task<MosquittoSubscriber> StartAsync(
        InteropBroker broker, MqttProtocolVersion version, IEnumerable<string> topics, int qos, CancellationToken cancellationToken,
        int? count = null, IEnumerable<string>? extraArguments = null, bool waitForSubscription = true)
    {
        var executable = Requires.Executable("mosquitto_sub", "mosquitto-clients");

        // Into a pipe stdio buffers whole blocks, and the "Subscribed" debug line would sit in the
        // buffer; stdbuf (coreutils) makes mosquitto_sub's stdout line-buffered.
        var stdbuf = Requires.Executable("stdbuf", "coreutils");
        List<string> arguments =
        [
            "-oL", executable,
            "-h", InteropBroker.Host, "-p", broker.Port.ToString(CultureInfo.InvariantCulture),
            "-V", MosquittoArguments.Version(version), "-q", qos.ToString(CultureInfo.InvariantCulture),
            "-d", "-F", MessagePrefix + "%t|%q|%r|%P|%C|%R|%D|%E|%F|%S|%l|%p",
            "-W", ((int)Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var topic in topics)
        {
            arguments.AddRange(["-t", topic]);
        }

        if (count is { } c)
        {
            arguments.AddRange(["-C", c.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(extraArguments ?? []);
        var subscriber = new MosquittoSubscriber(ChildProcess.Start(stdbuf, arguments));
        if (waitForSubscription)
        {
            try
            {
                await subscriber.WaitUntilSubscribedAsync(cancellationToken);
            }
            catch
            {
                await subscriber.DisposeAsync();
                throw;
            }
        }

        return subscriber;
    }

    /// <summary>libmosquitto's -d output: "Subscribed (mid: 1): 1" once the SUBACK is in.</summary>
    public Task WaitUntilSubscribedAsync(CancellationToken cancellationToken) =>
        _process.WaitForLineAsync(l => l.StartsWith("Subscribed (mid:", StringComparison.Ordinal), Timeout, cancellationToken);

    public IReadOnlyList<ReceivedMessage> Messages =>
        [.. _process.Lines.Where(IsMessage).Select(Parse)];

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived and returns all so far.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForMessagesAsync(int count, CancellationToken cancellationToken)
    {
        await _process.WaitForLinesAsync(IsMessage, count, Timeout, cancellationToken);
        return Messages;
    }

    /// <summary>For -C/-E runs: waits for mosquitto_sub to exit and asserts it succeeded.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForExitAsync(CancellationToken cancellationToken)
    {
        var code = await _process.WaitForExitAsync(Timeout + TimeSpan.FromSeconds(5), cancellationToken);
        Assert.True(code == 0, $"mosquitto_sub failed.{Environment.NewLine}{_process.Describe()}");
        return Messages;
    }

    public string Describe() => _process.Describe();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static bool IsMessage(string line) => line.StartsWith(MessagePrefix, StringComparison.Ordinal);

    private static ReceivedMessage Parse(string line)
    {
        var parts = line[MessagePrefix.Length..].Split('|', 12);
        return new ReceivedMessage(
            parts[0],
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            parts[2] == "1",
            parts[3],
            parts[4],
            parts[11])
        {
            ResponseTopic = parts[5],
            CorrelationData = parts[6],
            MessageExpiryInterval = parts[7].Length > 0 ? long.Parse(parts[7], CultureInfo.InvariantCulture) : null,
            PayloadFormatIndicator = parts[8],
            SubscriptionIdentifiers = parts[9],
            Length = int.Parse(parts[10], CultureInfo.InvariantCulture),
        };
    }
}
