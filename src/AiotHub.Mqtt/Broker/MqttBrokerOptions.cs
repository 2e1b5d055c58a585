using System.Net;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>Configuration of a <see cref="MqttBroker"/>; read once by <see cref="MqttBroker.StartAsync"/>.</summary>
public sealed class MqttBrokerOptions
{
    /// <summary>The largest packet the MQTT spec allows: 268,435,455 bytes of remaining length plus the fixed header.</summary>
    public const int MaximumPacketSizeLimit = 268_435_460;

    /// <summary>Address the listeners bind to; <see cref="IPAddress.IPv6Any"/> accepts IPv4 too (dual mode).</summary>
    public IPAddress Address { get; set; } = IPAddress.Any;

    /// <summary>Plain TCP port; 0 picks a free port (see <see cref="MqttBroker.LocalEndPoints"/>); null disables plain TCP.</summary>
    public int? Port { get; set; } = 1883;

    /// <summary>MQTT over TLS port (8883 by convention); null disables TLS.</summary>
    public int? TlsPort { get; set; }

    /// <summary>Server certificate with its private key: a PKCS#12 file (.pfx/.p12) or a PEM file holding both.</summary>
    public string? TlsCertificatePath { get; set; }

    /// <summary>Password of the PKCS#12 file or of an encrypted PEM key.</summary>
    public string? TlsCertificatePassword { get; set; }

    /// <summary>Largest packet accepted from a client; larger ones end the connection (5.0: DISCONNECT 0x95). Advertised in CONNACK.</summary>
    public int MaximumPacketSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many QoS 1/2 PUBLISH a client may have unacknowledged towards the broker (MQTT 5.0 §3.2.2.3.3,
    /// §4.9); exceeding it ends the connection with 0x93. It also bounds the broker's outbound window
    /// towards 3.1.1 clients, which cannot announce one.
    /// </summary>
    public ushort ReceiveMaximum { get; set; } = 100;

    /// <summary>Topic aliases a client may establish towards the broker (MQTT 5.0 §3.2.2.3.8); 0 disables them.</summary>
    public ushort TopicAliasMaximum { get; set; } = 32;

    /// <summary>Upper bound of the keep alive a client may choose; 0 = no bound (MQTT 5.0 §3.2.2.3.14).</summary>
    public ushort MaximumKeepAliveSeconds { get; set; }

    /// <summary>Messages waiting per session beyond the in-flight window; see <see cref="QueueFullPolicy"/>.</summary>
    public int MaximumQueuedMessagesPerClient { get; set; } = 1000;

    public MqttQueueFullPolicy QueueFullPolicy { get; set; } = MqttQueueFullPolicy.DropOldest;

    /// <summary>
    /// How long a connected subscriber may keep a publisher paused (its queue full, backpressure) without making room
    /// before it is disconnected (5.0: DISCONNECT 0x97 Quota exceeded) — a client that never reads or never acknowledges
    /// must not stall its publishers for ever. Its session stays; while it is away its queue's policy drops instead.
    /// </summary>
    public TimeSpan SlowSubscriberTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest session expiry granted to a 5.0 client; a larger request is lowered and announced in CONNACK.
    /// A 3.1.1 persistent session (Clean Session 0), which asks for no expiry, gets exactly this much.
    /// </summary>
    public uint MaximumSessionExpiryInterval { get; set; } = uint.MaxValue;

    /// <summary>
    /// Takeovers of one client id (a CONNECT for an id whose session has a connection, §3.1.4) allowed within
    /// <see cref="TakeoverWindow"/>; one more is refused (5.0: CONNACK 0x9F Connection rate exceeded; 3.1.1: 0x03
    /// Server unavailable), and so is every takeover of that id for <see cref="TakeoverCooldown"/>, while the
    /// connection holding the session keeps it. A device reconnecting after a network drop takes its own session over
    /// once; ten a minute is far beyond that. 0 turns the guard off.
    /// </summary>
    public int MaximumTakeovers { get; set; } = 10;

    /// <summary>The window <see cref="MaximumTakeovers"/> counts in, from the first takeover counted.</summary>
    public TimeSpan TakeoverWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long takeovers of a client id stay refused once it exceeded <see cref="MaximumTakeovers"/>.</summary>
    public TimeSpan TakeoverCooldown { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time a new connection has to deliver a complete CONNECT (and the TLS handshake) before it is closed.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether a CONNECT without user name is accepted (before <see cref="Authenticate"/> runs).</summary>
    public bool AllowAnonymous { get; set; } = true;

    /// <summary>
    /// Decides each CONNECT from what it presents (<see cref="MqttConnectContext"/>) → <see cref="MqttReasonCode.Success"/>
    /// or the CONNACK reason code to refuse with (e.g. BadUserNameOrPassword, NotAuthorized, ClientIdentifierNotValid);
    /// 3.1.1 clients get the matching return code. Exceptions refuse with ServerUnavailable.
    /// </summary>
    public Func<MqttConnectContext, MqttReasonCode>? Authenticate { get; set; }

    /// <summary>
    /// The TLS listener asks each client for a certificate (optional: a client without one still connects).
    /// The certificate reaches <see cref="Authenticate"/> as <see cref="MqttConnectContext.ClientCertificate"/>;
    /// the broker does not judge its issuer.
    /// </summary>
    public bool RequestClientCertificate { get; set; }

    /// <summary>
    /// Optional topic ACL, consulted before <see cref="AuthorizePublish"/>, <see cref="AuthorizeSubscribe"/> and
    /// <see cref="AuthorizeDelivery"/>; both must allow. Its read rules filter each delivery (<see cref="MqttAcl.CanReceive"/>).
    /// </summary>
    public MqttAcl? Acl { get; set; }

    /// <summary>(user name, client id, topic) → whether the client may publish there.</summary>
    public Func<string?, string, string, bool>? AuthorizePublish { get; set; }

    /// <summary>(user name, client id, topic filter) → whether the client may subscribe to it.</summary>
    public Func<string?, string, string, bool>? AuthorizeSubscribe { get; set; }

    /// <summary>
    /// (subscriber's user name, subscriber's client id, topic) → whether a message on that topic may be delivered to
    /// the subscriber; checked per message, for live and retained messages alike, after the subscription matched.
    /// A subscription to a wildcard is thus granted and filtered per message, as Mosquitto does. The user name is the
    /// one the session's client last connected with (kept in the store too); null for an anonymous client.
    /// Called on the publisher's thread for every matching subscriber: keep it fast and allocation-free.
    /// </summary>
    public Func<string?, string, string, bool>? AuthorizeDelivery { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where retained messages and persistent sessions (with their queued and in-flight QoS 1/2
    /// messages) are kept across restarts; null keeps everything in memory. Opened, and disposed
    /// after <see cref="MqttBroker.StopAsync"/>, by the caller; see docs/broker-persistence.md.
    /// </summary>
    public MqttBrokerStore? Store { get; set; }

    /// <summary>Diagnostics; called on connection and error events, never per message. Must not throw or block.</summary>
    public Action<MqttBrokerLogEntry>? Log { get; set; }
}
