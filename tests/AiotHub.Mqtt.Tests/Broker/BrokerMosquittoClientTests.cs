using System.Diagnostics;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>The Mosquitto command-line clients against our broker (skipped without the mosquitto-clients package).</summary>
public sealed class BrokerMosquittoClientTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("mqttv311", 0)]
    [InlineData("mqttv311", 2)]
    [InlineData("mqttv5", 1)]
    [InlineData("mqttv5", 2)]
    public async Task MosquittoSubReceivesWhatMosquittoPubSends(string version, int qos)
    {
        var sub = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        var pub = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        await using var broker = await TestBroker.StartAsync();
        var port = broker.EndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var q = qos.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var subscriber = Start(sub, "-h", "127.0.0.1", "-p", port, "-V", version, "-q", q, "-t", "interop/#", "-C", "2", "-v", "-i", "msub");
        await TestBroker.WaitUntilAsync(() => broker.Broker.SubscriptionCount == 1, "mosquitto_sub has subscribed");

        using (var publisher = Start(pub, "-h", "127.0.0.1", "-p", port, "-V", version, "-q", q, "-t", "interop/a", "-m", "hello", "-r"))
        {
            await publisher.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);
            Assert.Equal(0, publisher.ExitCode);
        }

        // MQTT orders messages per publisher only: a QoS 0 publisher may exit before the broker has
        // read its PUBLISH, so wait for it before the second publisher, whose message must come second. Counted out,
        // not in: a message counted in may not be queued to the subscriber yet when the second one is routed.
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut >= 1, "the first message has been sent to the subscriber");
        using (var publisher = Start(pub, "-h", "127.0.0.1", "-p", port, "-V", version, "-q", q, "-t", "interop/b", "-m", "world"))
        {
            await publisher.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);
            Assert.Equal(0, publisher.ExitCode);
        }

        await subscriber.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);
        var output = await subscriber.StandardOutput.ReadToEndAsync(Token);
        Assert.Equal(["interop/a hello", "interop/b world"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static Process Start(string executable, params string[] arguments)
    {
        var info = new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
    }
}
