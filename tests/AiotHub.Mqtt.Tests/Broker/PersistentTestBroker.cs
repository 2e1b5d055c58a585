using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>A <see cref="TestBroker"/> over a <see cref="MqttBrokerStore"/> in a given directory; disposing stops the broker, then closes the store.</summary>
internal sealed class PersistentTestBroker : IAsyncDisposable
{
    private bool _stopped;

    private PersistentTestBroker(TestBroker broker, MqttBrokerStore store)
    {
        TestBroker = broker;
        Store = store;
    }

    public TestBroker TestBroker { get; }

    public MqttBroker Broker => TestBroker.Broker;

    public System.Net.IPEndPoint EndPoint => TestBroker.EndPoint;

    public MqttBrokerStore Store { get; }

    public static async Task<PersistentTestBroker> StartAsync(string directory, Action<MqttBrokerOptions>? configure = null,
        MqttBrokerStoreOptions? storeOptions = null)
    {
        var store = MqttBrokerStore.Open(directory, storeOptions);
        try
        {
            var broker = await TestBroker.StartAsync(options =>
            {
                options.Store = store;
                configure?.Invoke(options);
            });
            return new PersistentTestBroker(broker, store);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>A graceful stop: connections closed, sessions journaled as disconnected, the store flushed and closed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await TestBroker.DisposeAsync();
        await Store.DisposeAsync();
    }
}
