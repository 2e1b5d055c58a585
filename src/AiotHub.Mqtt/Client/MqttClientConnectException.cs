using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>The server refused the connection in CONNACK (§3.2.2.2); <see cref="ReasonCode"/> says why.</summary>
public sealed class MqttClientConnectException : Exception
{
    public MqttClientConnectException(MqttReasonCode reasonCode, string? reasonString)
        : base($"The server refused the connection: {reasonCode} (0x{(byte)reasonCode:X2}){(reasonString is null ? "" : ": " + reasonString)}.")
    {
        ReasonCode = reasonCode;
        ReasonString = reasonString;
    }

    public MqttClientConnectException() : this(MqttReasonCode.UnspecifiedError, null) { }

    public MqttClientConnectException(string message) : base(message) => ReasonCode = MqttReasonCode.UnspecifiedError;

    public MqttClientConnectException(string message, Exception innerException)
        : base(message, innerException) => ReasonCode = MqttReasonCode.UnspecifiedError;

    /// <summary>The 5.0 code; a 3.1.1 return code arrives mapped to it (e.g. 4 → BadUserNameOrPassword).</summary>
    public MqttReasonCode ReasonCode { get; }

    public string? ReasonString { get; }
}
