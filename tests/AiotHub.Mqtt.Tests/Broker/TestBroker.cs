using System.Net;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>Starts a broker on 127.0.0.1 with a free port; disposing stops it.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private TestBroker(MqttBroker broker, MqttBrokerOptions options)
    {
        Broker = broker;
        Options = options;
    }

    public MqttBroker Broker { get; }

    public MqttBrokerOptions Options { get; }

    public IPEndPoint EndPoint => Broker.LocalEndPoints[0];

    public List<MqttBrokerLogEntry> LogEntries { get; } = [];

    public static async Task<TestBroker> StartAsync(Action<MqttBrokerOptions>? configure = null)
    {
        var options = new MqttBrokerOptions { Address = IPAddress.Loopback, Port = 0 };
        configure?.Invoke(options);
        var broker = new MqttBroker(options);
        await broker.StartAsync(TestContext.Current.CancellationToken);
        return new TestBroker(broker, options);
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
