using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// Which property may appear where (MQTT 5.0 §2.2.2.2, table 2-4). A context is a packet type, or
/// <see cref="Will"/> for the will properties of CONNECT (§3.1.3.2).
/// </summary>
internal static class MqttV5PropertyRules
{
    /// <summary>Packet type 0 is reserved, so its bit serves the will properties.</summary>
    public const int Will = 0;

    private const ushort W = 1 << Will;
    private const ushort Connect = 1 << (int)MqttPacketType.Connect;
    private const ushort ConnAck = 1 << (int)MqttPacketType.ConnAck;
    private const ushort Publish = 1 << (int)MqttPacketType.Publish;
    private const ushort PubAck = 1 << (int)MqttPacketType.PubAck;
    private const ushort PubRec = 1 << (int)MqttPacketType.PubRec;
    private const ushort PubRel = 1 << (int)MqttPacketType.PubRel;
    private const ushort PubComp = 1 << (int)MqttPacketType.PubComp;
    private const ushort Subscribe = 1 << (int)MqttPacketType.Subscribe;
    private const ushort SubAck = 1 << (int)MqttPacketType.SubAck;
    private const ushort Unsubscribe = 1 << (int)MqttPacketType.Unsubscribe;
    private const ushort UnsubAck = 1 << (int)MqttPacketType.UnsubAck;
    private const ushort Disconnect = 1 << (int)MqttPacketType.Disconnect;
    private const ushort Auth = 1 << (int)MqttPacketType.Auth;

    private const ushort Acks = PubAck | PubRec | PubRel | PubComp | SubAck | UnsubAck;

    /// <summary>Indexed by property identifier; 0 where no such property exists.</summary>
    /// <remarks>
    /// A static array on purpose: as a <c>ReadOnlySpan&lt;ushort&gt;</c> collection expression it was
    /// allocated on every call (seen in ReusablePacketReaderTests' allocation check).
    /// </remarks>
    private static readonly ushort[] AllowedIn =
    [
        0,                                          // 0x00
        Publish | W,                                // 0x01 Payload Format Indicator
        Publish | W,                                // 0x02 Message Expiry Interval
        Publish | W,                                // 0x03 Content Type
        0, 0, 0, 0,                                 // 0x04-0x07
        Publish | W,                                // 0x08 Response Topic
        Publish | W,                                // 0x09 Correlation Data
        0,                                          // 0x0A
        Publish | Subscribe,                        // 0x0B Subscription Identifier
        0, 0, 0, 0, 0,                              // 0x0C-0x10
        Connect | ConnAck | Disconnect,             // 0x11 Session Expiry Interval
        ConnAck,                                    // 0x12 Assigned Client Identifier
        ConnAck,                                    // 0x13 Server Keep Alive
        0,                                          // 0x14
        Connect | ConnAck | Auth,                   // 0x15 Authentication Method
        Connect | ConnAck | Auth,                   // 0x16 Authentication Data
        Connect,                                    // 0x17 Request Problem Information
        W,                                          // 0x18 Will Delay Interval
        Connect,                                    // 0x19 Request Response Information
        ConnAck,                                    // 0x1A Response Information
        0,                                          // 0x1B
        ConnAck | Disconnect,                       // 0x1C Server Reference
        0, 0,                                       // 0x1D-0x1E
        ConnAck | Acks | Disconnect | Auth,         // 0x1F Reason String
        0,                                          // 0x20
        Connect | ConnAck,                          // 0x21 Receive Maximum
        Connect | ConnAck,                          // 0x22 Topic Alias Maximum
        Publish,                                    // 0x23 Topic Alias
        ConnAck,                                    // 0x24 Maximum QoS
        ConnAck,                                    // 0x25 Retain Available
        Connect | ConnAck | Publish | W | Acks | Subscribe | Unsubscribe | Disconnect | Auth, // 0x26 User Property
        Connect | ConnAck,                          // 0x27 Maximum Packet Size
        ConnAck,                                    // 0x28 Wildcard Subscription Available
        ConnAck,                                    // 0x29 Subscription Identifier Available
        ConnAck,                                    // 0x2A Shared Subscription Available
    ];

    public static bool IsAllowed(uint identifier, int context) =>
        identifier < (uint)AllowedIn.Length && (AllowedIn[(int)identifier] & (1 << context)) != 0;

    /// <summary>
    /// User Property may repeat anywhere (§3.1.2.11.8); Subscription Identifier only in PUBLISH
    /// (§3.3.2.3.8), once in SUBSCRIBE (§3.8.2.1.2). Every other repetition is a Protocol Error.
    /// </summary>
    public static bool IsRepeatable(MqttPropertyId identifier, int context) =>
        identifier == MqttPropertyId.UserProperty
        || (identifier == MqttPropertyId.SubscriptionIdentifier && context == (int)MqttPacketType.Publish);
}
