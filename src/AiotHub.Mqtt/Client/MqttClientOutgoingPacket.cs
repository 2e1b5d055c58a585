using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// One item for a connection's writer: a ready packet, or a publish whose PUBLISH is built at write
/// time (so topic aliases, which belong to one connection, are applied in wire order).
/// </summary>
internal readonly struct MqttClientOutgoingPacket
{
    private MqttClientOutgoingPacket(MqttPacket? packet, MqttClientPendingPublish? publish, bool dup, TaskCompletionSource? written)
    {
        Packet = packet;
        Publish = publish;
        Dup = dup;
        Written = written;
    }

    public MqttPacket? Packet { get; }

    public MqttClientPendingPublish? Publish { get; }

    public bool Dup { get; }

    /// <summary>Completed once the bytes were flushed to the transport.</summary>
    public TaskCompletionSource? Written { get; }

    public static MqttClientOutgoingPacket ForPacket(MqttPacket packet, TaskCompletionSource? written = null) =>
        new(packet, null, false, written);

    public static MqttClientOutgoingPacket ForPublish(MqttClientPendingPublish publish, bool dup) =>
        new(null, publish, dup, null);
}
