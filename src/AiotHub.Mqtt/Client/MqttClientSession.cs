using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// The client's side of the session state (MQTT 5.0 §4.1): what outlives one network connection.
/// Not thread-safe: <see cref="MqttClient"/> guards it with its lock.
/// </summary>
internal sealed class MqttClientSession
{
    private ushort _lastPacketIdentifier;

    /// <summary>Publishes not yet handed to a connection, oldest first.</summary>
    public LinkedList<MqttClientPendingPublish> Waiting { get; } = new();

    /// <summary>QoS 1 and 2 publishes sent and not yet acknowledged, in sending order (resent in this order, §4.6).</summary>
    public LinkedList<MqttClientPendingPublish> InFlight { get; } = new();

    public Dictionary<ushort, MqttClientPendingPublish> InFlightById { get; } = [];

    /// <summary>SUBSCRIBE and UNSUBSCRIBE awaiting their acknowledgement.</summary>
    public Dictionary<ushort, TaskCompletionSource<MqttPacket>> Requests { get; } = [];

    /// <summary>Inbound QoS 2 packet ids PUBREC'd and not yet released (§4.3.3): a resent PUBLISH with one of them is not delivered again.</summary>
    public HashSet<ushort> InboundQoS2 { get; } = [];

    /// <summary>Granted subscriptions by filter, re-sent when a server has lost the session.</summary>
    public Dictionary<string, MqttSubscribePacket> Subscriptions { get; } = new(StringComparer.Ordinal);

    public int WaitingCount => Waiting.Count;

    /// <summary>A completion for SUBACK/UNSUBACK whose failure is observed even when nobody waits (re-subscriptions, timed-out callers).</summary>
    public static TaskCompletionSource<MqttPacket> CreateRequest()
    {
        var tcs = new TaskCompletionSource<MqttPacket>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = tcs.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return tcs;
    }

    /// <summary>A packet id in use by no in-flight publish and no pending request (§2.2.1).</summary>
    public bool TryAllocatePacketIdentifier(out ushort identifier)
    {
        for (var i = 0; i < ushort.MaxValue; i++)
        {
            _lastPacketIdentifier = _lastPacketIdentifier == ushort.MaxValue ? (ushort)1 : (ushort)(_lastPacketIdentifier + 1);
            if (!InFlightById.ContainsKey(_lastPacketIdentifier) && !Requests.ContainsKey(_lastPacketIdentifier))
            {
                identifier = _lastPacketIdentifier;
                return true;
            }
        }

        identifier = 0;
        return false;
    }

    public void AddInFlight(MqttClientPendingPublish publish)
    {
        InFlight.AddLast(publish.Node);
        InFlightById[publish.PacketIdentifier] = publish;
    }

    public void RemoveInFlight(MqttClientPendingPublish publish)
    {
        InFlight.Remove(publish.Node);
        InFlightById.Remove(publish.PacketIdentifier);
    }
}
