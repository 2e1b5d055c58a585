using System.Net;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Hosts the in-process <see cref="MqttBroker"/> (Mqtt:Mode Embedded). StartAsync returns once the
/// listeners are bound, so the hub never reports ready before devices can connect. With
/// <paramref name="holdConnectionsForDeviceLink"/> (the in-process device link) the broker accepts no connection until the
/// link has attached (<see cref="Devices.InProcessDeviceLink"/> opens it), so no device message arrives before its
/// subscriber; once every hosted service has started it accepts in any case. StopAsync sends
/// MQTT 5.0 clients DISCONNECT "server shutting down" and flushes every session before the host exits.
/// With Mqtt:Persistence:Enabled the broker runs over a <see cref="MqttBrokerStore"/> in the data
/// directory: retained messages and persistent sessions with their queued QoS 1/2 messages survive
/// restarts, kill -9 included (docs/broker-persistence.md).
/// </summary>
/// <remarks>
/// Who may connect and what each identity may publish and receive is <see cref="MqttConnectAuthenticator"/>'s and
/// <see cref="MqttTopicAuthorizer"/>'s (docs/security.md); without them (tests of the bare service) the same rules
/// run with no hub link, no device credentials and no pairing.
/// </remarks>
internal sealed class EmbeddedBrokerService(
    IOptions<MqttOptions> options, IOptions<MqttBrokerOptions> brokerSettings, IHostEnvironment environment, TimeProvider timeProvider, ILogger<EmbeddedBrokerService> logger,
    MqttConnectAuthenticator? authenticator = null, MqttTopicAuthorizer? topics = null, HubCertificateAuthority? authority = null,
    bool holdConnectionsForDeviceLink = false)
    : IHostedLifecycleService, IMqttStatusSource, IAsyncDisposable
{
    private MqttBroker? _broker;
    private MqttBrokerStore? _store;
    private volatile bool _running;

    /// <summary>The running broker, for in-process publishers (the device bridge); null before start.</summary>
    public MqttBroker? Broker => _broker;

    /// <summary>The broker's store while it runs with Mqtt:Persistence:Enabled (for an online backup); null otherwise.</summary>
    public MqttBrokerStore? Store => Volatile.Read(ref _store);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var mqtt = options.Value;
        topics ??= new MqttTopicAuthorizer("aiot", mqtt.ToAcl());
        authenticator ??= new MqttConnectAuthenticator(mqtt.AnonymousAccess, new MqttUserAuthenticator(mqtt), topics);
        // The broker's settings come bound from "Mqtt" (MqttHostingExtensions); only what configuration cannot hold is
        // set here, once: the address (an IPAddress, from Mqtt:Address), who connects (the authenticator decides, so the
        // broker's own anonymous check stays open) and what each identity may publish, subscribe and receive, the clock,
        // the log and, below, the store.
        var brokerOptions = brokerSettings.Value;
        brokerOptions.Address = mqtt.Address is null ? IPAddress.Any : IPAddress.Parse(mqtt.Address);
        brokerOptions.AllowAnonymous = true;
        brokerOptions.Acl = null;
        brokerOptions.TimeProvider = timeProvider;
        brokerOptions.Log = Forward;
        brokerOptions.Authenticate = authenticator.Authenticate;
        brokerOptions.AuthorizePublish = topics.CanPublish;
        brokerOptions.AuthorizeSubscribe = topics.CanSubscribe;
        brokerOptions.AuthorizeDelivery = topics.CanReceive;
        if (brokerOptions.TlsPort is not null && authority is not null)
        {
            // Devices may present a certificate from the hub's CA instead of a secret (MqttConnectAuthenticator judges it).
            brokerOptions.RequestClientCertificate = true;
            if (string.IsNullOrWhiteSpace(brokerOptions.TlsCertificatePath))
            {
                brokerOptions.TlsCertificatePath = authority.IssueServerCertificate(mqtt.Address);
                brokerOptions.TlsCertificatePassword = null;
                MqttLog.IssuedServerCertificate(logger, brokerOptions.TlsCertificatePath);
            }
        }

        if (mqtt.Persistence.Enabled)
        {
            var directory = Path.GetFullPath(mqtt.Persistence.DataDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            _store = MqttBrokerStore.Open(directory);
            MqttLog.PersistenceDirectory(logger, directory, _store.Recovery.RecordsReplayed, _store.Recovery.DiscardedBytes);
            brokerOptions.Store = _store;
        }

        try
        {
            _broker = new MqttBroker(brokerOptions);
            await _broker.StartAsync(acceptConnections: !holdConnectionsForDeviceLink, cancellationToken);
        }
        catch
        {
            await DisposeStoreAsync();
            throw;
        }

        if (_broker.Restored is { } restored)
        {
            MqttLog.PersistenceRestored(logger, restored.Sessions, restored.ExpiredSessions, restored.RetainedMessages, restored.QueuedMessages);
        }

        if (mqtt.AnonymousAccess == MqttAnonymousAccess.Everyone)
        {
            MqttLog.AnonymousEveryone(logger, string.Join(", ", _broker.LocalEndPoints));
        }

        _running = true;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every hosted service's StartAsync: the device link has attached by now, or failed to.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (_broker is { IsAcceptingConnections: false } broker)
        {
            MqttLog.AcceptingWithoutDeviceLink(logger);
            broker.AcceptConnections();
        }

        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_broker is not { } broker)
        {
            return;
        }

        _running = false;
        try
        {
            await broker.StopAsync(cancellationToken);
        }
        finally
        {
            // After the broker, which journals its sessions as disconnected while it closes them;
            // disposing writes what is pending and closes the journal.
            await DisposeStoreAsync();
        }

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
            broker?.Counters.MessagesOut ?? 0,
            options.Value.AnonymousAccess,
            broker is null ? null : MqttOverloadStatus.From(broker.Counters));
    }

    public async ValueTask DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await DisposeStoreAsync();
    }

    private async Task DisposeStoreAsync()
    {
        if (Interlocked.Exchange(ref _store, null) is { } store)
        {
            await store.DisposeAsync();
        }
    }

    private void Forward(MqttBrokerLogEntry entry) => MqttLog.Broker(logger, entry);
}
