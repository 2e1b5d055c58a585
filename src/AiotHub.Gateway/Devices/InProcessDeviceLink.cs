using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The device link in Embedded mode: attached to the broker in the same process as a <see cref="MqttLocalLink"/> with
/// the hub link's identity (<see cref="HubClientCredentials"/>: the only one allowed to publish set/call/get, exempt
/// from Mqtt:Acl, docs/security.md). The broker hands each device message, decoded once, to the handler on the
/// device's own connection — no socket, no re-encoding, no queue — and sends the device's PUBACK once the handler's
/// task has completed. The hub's publishes take the same authorization, retained and routing path as a client's.
/// </summary>
/// <param name="broker">The embedded broker, asked for at start (it starts first).</param>
internal sealed class InProcessDeviceLink(Func<MqttBroker> broker) : IDeviceLink
{
    private MqttLocalLink? _link;

    public bool IsConnected => _link is { IsAttached: true };

    public string Description => "the embedded broker (in-process)";

    public async Task StartAsync(string filter, DeviceLinkHandler handler, CancellationToken cancellationToken)
    {
        try
        {
            // The persistent session an earlier hub's loopback client left in the broker's store would otherwise
            // go on queueing (and journaling) every device message for a client that never comes back.
            var embedded = broker();
            await embedded.DisconnectClientAsync(HubClientCredentials.ReservedClientId, MqttReasonCode.SessionTakenOver, endSession: true, cancellationToken);
            _link = await embedded.AttachLocalLinkAsync(HubClientCredentials.ReservedClientId, HubClientCredentials.ReservedUserName, [filter],
                message => handler(new DeviceLinkMessage(message.Topic, message.Payload, message.QualityOfService, message.IsRetained, message.ResponseTopic, message.CorrelationData)),
                cancellationToken);

            // Held until now (EmbeddedBrokerService): devices that connected meanwhile waited in the backlog, so none
            // of their messages could reach the broker before this link did.
            embedded.AcceptConnections();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new DeviceLinkException(Description, e);
        }
    }

    public ValueTask<bool> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken) =>
        _link is { } link ? link.PublishAsync(message, cancellationToken) : ValueTask.FromResult(false);

    public ValueTask DisposeAsync() => _link?.DisposeAsync() ?? ValueTask.CompletedTask;
}
