namespace AiotHub.Mqtt.Protocol;

/// <summary>
/// A violation of the protocol by the peer. <see cref="ReasonCode"/> is what an MQTT 5.0
/// DISCONNECT (or CONNACK, before the session exists) should carry; for MQTT 3.1.1 the
/// connection is simply closed (§4.8 / §4.13).
/// </summary>
public sealed class MqttProtocolException : Exception
{
    public MqttProtocolException(MqttReasonCode reasonCode, string message)
        : base(message) => ReasonCode = reasonCode;

    public MqttProtocolException() : this(MqttReasonCode.ProtocolError, "Protocol error.") { }

    public MqttProtocolException(string message) : this(MqttReasonCode.ProtocolError, message) { }

    public MqttProtocolException(string message, Exception innerException)
        : base(message, innerException) => ReasonCode = MqttReasonCode.ProtocolError;

    public MqttReasonCode ReasonCode { get; }

    public static MqttProtocolException Malformed(string message) => new(MqttReasonCode.MalformedPacket, message);
}
