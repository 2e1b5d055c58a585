using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>One outbound queue entry, linked into its session's queue (intrusive: one object per entry).</summary>
internal sealed class StoreQueueEntry(MqttStoredMessage message, MqttQualityOfService qualityOfService)
{
    public MqttStoredMessage Message { get; } = message;

    public MqttQualityOfService QualityOfService { get; } = qualityOfService;

    public MqttQueuedMessageState State { get; set; }

    public ushort PacketId { get; set; }

    public StoreQueueEntry? Previous { get; set; }

    public StoreQueueEntry? Next { get; set; }
}
