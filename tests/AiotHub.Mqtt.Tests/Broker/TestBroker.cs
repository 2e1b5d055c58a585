using System.Collections.Concurrent;
using System.Net;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>Starts a broker on 127.0.0.1 with a free port; disposing stops it.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private TestBroker(MqttBroker broker, MqttBrokerOptions options, ConcurrentQueue<MqttBrokerLogEntry> log)
    {
        Broker = broker;
        Options = options;
        LogEntries = log;
    }

    public MqttBroker Broker { get; }

    public MqttBrokerOptions Options { get; }

    public IPEndPoint EndPoint => Broker.LocalEndPoints[0];

    /// <summary>What the broker logged (unless the test set its own <see cref="MqttBrokerOptions.Log"/>).</summary>
    public ConcurrentQueue<MqttBrokerLogEntry> LogEntries { get; }

    /// <summary>Entries at Error level: an exception escaped somewhere it should not have.</summary>
    public IEnumerable<MqttBrokerLogEntry> Errors => LogEntries.Where(e => e.Level >= MqttBrokerLogLevel.Error);

    public static async Task<TestBroker> StartAsync(Action<MqttBrokerOptions>? configure = null)
    {
        var log = new ConcurrentQueue<MqttBrokerLogEntry>();
        var options = new MqttBrokerOptions { Address = IPAddress.Loopback, Port = 0, Log = log.Enqueue };
        configure?.Invoke(options);
        var broker = new MqttBroker(options);
        await broker.StartAsync(TestContext.Current.CancellationToken);
        return new TestBroker(broker, options, log);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or 10 s pass.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string because)
    {
        var deadline = DateTime.UtcNow + RawMqttClient.DefaultTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {because}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => Broker.DisposeAsync();
}
