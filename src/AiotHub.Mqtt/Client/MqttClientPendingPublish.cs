using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>One outgoing application message from <see cref="MqttClient.PublishAsync"/> until its flow ends (§4.3).</summary>
internal sealed class MqttClientPendingPublish
{
    public MqttClientPendingPublish(MqttApplicationMessage message)
    {
        Message = message;
        QualityOfService = message.QualityOfService;
        Node = new LinkedListNode<MqttClientPendingPublish>(this);

        // The caller may stop waiting (cancellation) before the flow ends; a later failure must not go unobserved.
        _ = Completion.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public MqttApplicationMessage Message { get; }

    /// <summary>Lowered to the server's Maximum QoS when it is sent.</summary>
    public MqttQualityOfService QualityOfService { get; set; }

    public ushort PacketIdentifier { get; set; }

    public MqttClientPendingPublishState State { get; set; }

    /// <summary>The node in whichever list of the session holds it (waiting or in flight).</summary>
    public LinkedListNode<MqttClientPendingPublish> Node { get; }

    public TaskCompletionSource<MqttClientPublishResult> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public MqttPublishPacket ToPacket(bool dup)
    {
        var packet = Message.ToPublishPacket();
        packet.QualityOfService = QualityOfService;
        // DUP must be 0 for QoS 0 (§3.3.1.1).
        packet.Dup = dup && QualityOfService != MqttQualityOfService.AtMostOnce;
        packet.PacketIdentifier = QualityOfService == MqttQualityOfService.AtMostOnce ? (ushort)0 : PacketIdentifier;
        return packet;
    }

    /// <summary>QoS 2: the PUBREC, kept when it carried a reason worth reporting (e.g. NoMatchingSubscribers).</summary>
    public MqttPubRecPacket? PubRec { get; set; }

    /// <summary>The PUBLISH as it would be sent, before a packet id is allocated (ids do not change the size).</summary>
    public MqttPublishPacket ToSizingPacket()
    {
        var packet = ToPacket(dup: false);
        if (QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            packet.PacketIdentifier = 1;
        }

        return packet;
    }

    public void Complete(MqttAcknowledgementPacket? ack) =>
        Completion.TrySetResult(new MqttClientPublishResult(
            QualityOfService == MqttQualityOfService.AtMostOnce ? null : PacketIdentifier, QualityOfService, ack));
}
