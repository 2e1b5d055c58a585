using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>CONNECT (MQTT 3.1.1 §3.1, MQTT 5.0 §3.1).</summary>
public sealed class MqttConnectPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Connect;

    /// <summary>The protocol level read from the packet; decides how every later packet is read.</summary>
    public MqttProtocolVersion ProtocolVersion { get; set; } = MqttProtocolVersion.V500;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Clean Session in 3.1.1, Clean Start in 5.0.</summary>
    public bool CleanSession { get; set; } = true;

    public ushort KeepAliveSeconds { get; set; }

    public string? UserName { get; set; }

    public byte[]? Password { get; set; }

    public MqttWillMessage? Will { get; set; }

    // MQTT 5.0 properties (§3.1.2.11).
    public uint? SessionExpiryInterval { get; set; }
    public ushort? ReceiveMaximum { get; set; }
    public uint? MaximumPacketSize { get; set; }
    public ushort? TopicAliasMaximum { get; set; }
    public bool? RequestResponseInformation { get; set; }
    public bool? RequestProblemInformation { get; set; }
    public string? AuthenticationMethod { get; set; }
    public byte[]? AuthenticationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
