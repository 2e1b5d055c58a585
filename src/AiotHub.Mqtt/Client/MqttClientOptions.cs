using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>How an <see cref="MqttClient"/> connects, what it asks of the server, and how it recovers.</summary>
public sealed class MqttClientOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1883;

    public MqttProtocolVersion ProtocolVersion { get; set; } = MqttProtocolVersion.V500;

    /// <summary>
    /// May be empty: a 5.0 server assigns one (§3.2.2.3.7) and the client keeps using it on reconnect;
    /// a 3.1.1 server accepts an empty id only with a clean session (§3.1.3.1).
    /// </summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Clean Session in 3.1.1 (§3.1.2.4), Clean Start in 5.0 (§3.1.2.4); also used on every reconnect.</summary>
    public bool CleanStart { get; set; } = true;

    /// <summary>5.0 Session Expiry Interval in seconds (§3.1.2.11.2); null sends none, i.e. 0.</summary>
    public uint? SessionExpiryInterval { get; set; }

    /// <summary>Keep Alive (§3.1.2.10); <see cref="TimeSpan.Zero"/> turns it off. A server's Server Keep Alive wins.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public MqttWillMessage? Will { get; set; }

    /// <summary>5.0 Receive Maximum offered to the server (§3.1.2.11.3).</summary>
    public ushort? ReceiveMaximum { get; set; }

    /// <summary>5.0 Maximum Packet Size offered to the server (§3.1.2.11.4); also the limit the reader enforces.</summary>
    public uint? MaximumPacketSize { get; set; }

    /// <summary>5.0 Topic Alias Maximum offered to the server (§3.1.2.11.5): how many aliases it may send us.</summary>
    public ushort? TopicAliasMaximum { get; set; }

    /// <summary>Use the aliases the server allows (its Topic Alias Maximum) for repeated topics of outgoing PUBLISH (5.0 §3.3.2.3.4).</summary>
    public bool UseTopicAliases { get; set; } = true;

    public List<MqttUserProperty>? UserProperties { get; set; }

    public bool UseTls { get; set; }

    /// <summary>The name checked against the server certificate; <see cref="Host"/> when null.</summary>
    public string? TlsTargetHost { get; set; }

    /// <summary>Trust only this CA (besides nothing else) when validating the server certificate.</summary>
    public X509Certificate2? TlsCaCertificate { get; set; }

    /// <summary>Overrides the default validation (and <see cref="TlsCaCertificate"/>) entirely.</summary>
    public RemoteCertificateValidationCallback? TlsCertificateValidation { get; set; }

    public X509CertificateCollection? TlsClientCertificates { get; set; }

    public SslProtocols TlsProtocols { get; set; } = SslProtocols.None;

    /// <summary>Reconnect with exponential backoff and jitter after the connection is lost (not after <see cref="MqttClient.DisconnectAsync"/>).</summary>
    public bool AutoReconnect { get; set; }

    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many publishes may wait while the client is disconnected (auto-reconnect only). When full,
    /// a new publish fails at once with <see cref="MqttClientOfflineQueueFullException"/>; what is
    /// already queued is kept, so the oldest messages win.
    /// </summary>
    public int OfflineQueueLimit { get; set; } = 1000;

    /// <summary>
    /// Received messages waiting for <see cref="MqttClient.MessageReceived"/>, at least 1. When full, an arriving message
    /// takes the place of the oldest QoS 0 message held (counted in <see cref="MqttClientQueueCounters.InboundDropped"/>);
    /// a QoS 1/2 message that finds only QoS 1/2 messages stops the reader until the handler takes one (backpressure:
    /// the server holds what follows; counted in <see cref="MqttClientQueueCounters.InboundPauses"/>). In 5.0, unless
    /// <see cref="ReceiveMaximum"/> is set, it is also the Receive Maximum offered, so a server keeps within it.
    /// </summary>
    public int InboundQueueLimit { get; set; } = 1000;

    /// <summary>
    /// Publishes accepted and not yet done — written for QoS 0, acknowledged for QoS 1/2 — at least 1. When full,
    /// <see cref="MqttClient.PublishAsync"/> waits for room up to <see cref="OutgoingQueueTimeout"/>, then fails with
    /// <see cref="MqttClientOutgoingQueueFullException"/>.
    /// </summary>
    public int OutgoingQueueLimit { get; set; } = 1000;

    /// <summary>
    /// Whether a QoS 1/2 message is acknowledged when <see cref="MqttClient.MessageReceived"/> throws (or its task
    /// faults). True (the default): it is, so a failing handler cannot stall the session. False: it is not, and the
    /// connection is closed so the server sends it again after the reconnect (§4.4) — for a handler whose success
    /// means "stored", as the hub's device link's does; use it with a persistent session and <see cref="AutoReconnect"/>.
    /// </summary>
    public bool AcknowledgeWhenHandlerFails { get; set; } = true;

    /// <summary>
    /// False (the default): the next message is handed to <see cref="MqttClient.MessageReceived"/> once the previous
    /// handler's task has completed. True: once the previous call has returned, without waiting for its task — the
    /// acknowledgements still wait for each task and go out in arrival order (§4.6), and at most
    /// <see cref="InboundQueueLimit"/> wait at once. For a handler whose work is synchronous and whose task waits for
    /// something shared, as the hub's device link's waits for a group-committed write: its messages share one write
    /// instead of waiting for one each.
    /// </summary>
    public bool OverlapHandlerCompletions { get; set; }

    /// <summary>How long a publish waits for room in a full outgoing queue.</summary>
    public TimeSpan OutgoingQueueTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>TCP connect, TLS handshake and CONNACK together.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Waiting for SUBACK, UNSUBACK, PINGRESP and for DISCONNECT to be written.</summary>
    public TimeSpan CommunicationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
