using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V3;

/// <summary>
/// Maps the six CONNACK return codes of MQTT 3.1.1 (§3.2.2.3, table 3.1) to and from the 5.0
/// reason codes the packet model carries.
/// <code>
///  3.1.1 return code                    decoded as          encoded from
///  0 Accepted                           Success             Success
///  1 Unacceptable protocol version      UnsupportedProtocolVersion
///  2 Identifier rejected                ClientIdentifierNotValid
///  3 Server unavailable                 ServerUnavailable   ServerUnavailable, ServerBusy, ServerShuttingDown,
///                                                           UseAnotherServer, ServerMoved and every other failure
///  4 Bad user name or password          BadUserNameOrPassword
///  5 Not authorized                     NotAuthorized       NotAuthorized, Banned, BadAuthenticationMethod
///  6-255 reserved                       Malformed Packet
/// </code>
/// </summary>
internal static class MqttV3ConnectReturnCodes
{
    public static MqttReasonCode Decode(byte returnCode) => (MqttConnectReturnCode)returnCode switch
    {
        MqttConnectReturnCode.Accepted => MqttReasonCode.Success,
        MqttConnectReturnCode.UnacceptableProtocolVersion => MqttReasonCode.UnsupportedProtocolVersion,
        MqttConnectReturnCode.IdentifierRejected => MqttReasonCode.ClientIdentifierNotValid,
        MqttConnectReturnCode.ServerUnavailable => MqttReasonCode.ServerUnavailable,
        MqttConnectReturnCode.BadUserNameOrPassword => MqttReasonCode.BadUserNameOrPassword,
        MqttConnectReturnCode.NotAuthorized => MqttReasonCode.NotAuthorized,
        _ => throw MqttProtocolException.Malformed($"CONNACK return code {returnCode} is reserved (§3.2.2.3)."),
    };

    public static MqttConnectReturnCode Encode(MqttReasonCode reasonCode) => reasonCode switch
    {
        MqttReasonCode.Success => MqttConnectReturnCode.Accepted,
        MqttReasonCode.UnsupportedProtocolVersion => MqttConnectReturnCode.UnacceptableProtocolVersion,
        MqttReasonCode.ClientIdentifierNotValid => MqttConnectReturnCode.IdentifierRejected,
        MqttReasonCode.BadUserNameOrPassword => MqttConnectReturnCode.BadUserNameOrPassword,
        MqttReasonCode.NotAuthorized or MqttReasonCode.Banned or MqttReasonCode.BadAuthenticationMethod =>
            MqttConnectReturnCode.NotAuthorized,
        _ => MqttConnectReturnCode.ServerUnavailable,
    };
}
