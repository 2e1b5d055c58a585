using System.Net;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// What a CONNECT presents, handed to <see cref="MqttBrokerOptions.Authenticate"/> before the
/// session is attached (MQTT 5.0 §3.1.4 step 2, "the Server MAY check … authorization").
/// </summary>
public sealed class MqttConnectContext
{
    internal MqttConnectContext(string clientId, string? userName, byte[]? password, EndPoint? remoteEndPoint,
        X509Certificate2? clientCertificate, bool isTls, MqttProtocolVersion protocolVersion, bool cleanStart,
        uint sessionExpiryInterval, string? willTopic)
    {
        ClientId = clientId;
        UserName = userName;
        Password = password;
        RemoteEndPoint = remoteEndPoint;
        ClientCertificate = clientCertificate;
        IsTls = isTls;
        ProtocolVersion = protocolVersion;
        CleanStart = cleanStart;
        SessionExpiryInterval = sessionExpiryInterval;
        WillTopic = willTopic;
    }

    /// <summary>The client id, or the one the broker assigned to an empty one (5.0 §3.1.3.1).</summary>
    public string ClientId { get; }

    public string? UserName { get; }

    public byte[]? Password { get; }

    /// <summary>The peer's address, as the socket saw it.</summary>
    public EndPoint? RemoteEndPoint { get; }

    /// <summary>
    /// The certificate the client presented in the TLS handshake (only when
    /// <see cref="MqttBrokerOptions.RequestClientCertificate"/> is on). The handshake proved the client
    /// holds its key; the broker has not checked who issued it — that is Authenticate's decision.
    /// </summary>
    public X509Certificate2? ClientCertificate { get; }

    /// <summary>True when the connection came in on the TLS listener.</summary>
    public bool IsTls { get; }

    public MqttProtocolVersion ProtocolVersion { get; }

    /// <summary>Clean Start (5.0) or Clean Session (3.1.1).</summary>
    public bool CleanStart { get; }

    /// <summary>The session expiry the broker is about to grant (after its maximum), in seconds.</summary>
    public uint SessionExpiryInterval { get; }

    /// <summary>The will's topic, or null without a will.</summary>
    public string? WillTopic { get; }

    /// <summary>True when the peer's address is a loopback address (127.0.0.0/8, ::1, or IPv4-mapped 127.x).</summary>
    public bool IsLoopback => RemoteEndPoint is IPEndPoint { Address: var address } && IsLoopbackAddress(address);

    internal static bool IsLoopbackAddress(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
