using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Hosts the in-process <see cref="MqttBroker"/> (Mqtt:Mode Embedded). StartAsync returns once the
/// listeners are bound, so the hub never reports ready before devices can connect; StopAsync sends
/// MQTT 5.0 clients DISCONNECT "server shutting down" and flushes every session before the host exits.
/// </summary>
internal sealed class EmbeddedBrokerService(
    IOptions<MqttOptions> options, IHostEnvironment environment, TimeProvider timeProvider, ILogger<EmbeddedBrokerService> logger)
    : IHostedService, IMqttStatusSource, IAsyncDisposable
{
    private MqttBroker? _broker;
    private volatile bool _running;

    /// <summary>The running broker, for in-process publishers (the device bridge); null before start.</summary>
    public MqttBroker? Broker => _broker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var mqtt = options.Value;
        var brokerOptions = mqtt.ToBrokerOptions(timeProvider, Forward);
        if (mqtt.Persistence.Enabled)
        {
            var directory = Path.GetFullPath(mqtt.Persistence.DataDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            MqttLog.PersistenceDirectory(logger, directory);

            // The durable broker store plugs in here once the journal work is merged: open
            // MqttBrokerStore.Open(directory) and hand it to the broker (MqttBrokerOptions), so
            // sessions, queued and retained messages survive a restart. Until then the directory is
            // only created and validated, and the broker keeps its state in memory.
        }

        _broker = new MqttBroker(brokerOptions);
        await _broker.StartAsync(cancellationToken);
        _running = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_broker is not { } broker)
        {
            return;
        }

        _running = false;
        await broker.StopAsync(cancellationToken);
        MqttLog.EmbeddedStopped(logger, broker.Counters.TotalConnections);
    }

    public MqttStatus GetStatus()
    {
        var broker = _broker;
        var running = _running && broker is not null;
        return new MqttStatus(
            MqttMode.Embedded,
            running,
            running ? [.. broker!.LocalEndPoints.Select(e => e.ToString())] : [],
            Connected: null,
            broker?.Counters.CurrentConnections ?? 0,
            broker?.Counters.MessagesIn ?? 0,
            broker?.Counters.MessagesOut ?? 0);
    }

    public async ValueTask DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }

    private void Forward(MqttBrokerLogEntry entry) => MqttLog.Broker(logger, entry);
}
