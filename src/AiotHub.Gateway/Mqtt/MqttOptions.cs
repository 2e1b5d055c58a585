using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The "Mqtt" configuration section. Unset limits (null) leave the broker's own defaults in place.
/// Every rule here runs at start (ValidateOnStart), so a bad value stops the hub with a message
/// naming its key instead of surfacing on the first connection.
/// </summary>
public sealed class MqttOptions : IValidatableObject
{
    public const string SectionName = "Mqtt";

    public MqttMode Mode { get; set; } = MqttMode.Embedded;

    /// <summary>Listening address of the embedded broker; "0.0.0.0" (every IPv4 interface) when unset.</summary>
    public string? Address { get; set; }

    /// <summary>Plain MQTT port of the embedded broker; 0 picks a free port (tests).</summary>
    public int Port { get; set; } = 1883;

    /// <summary>MQTT over TLS port; TLS is off when unset.</summary>
    public int? TlsPort { get; set; }

    /// <summary>The server certificate with its key: PKCS#12 (.pfx/.p12) or PEM; unset with <see cref="TlsPort"/>: one issued by the hub's CA.</summary>
    public string? TlsCertificatePath { get; set; }

    public string? TlsCertificatePassword { get; set; }

    /// <summary>Largest packet accepted from a client, 16..268435460 bytes.</summary>
    public int? MaximumPacketSize { get; set; }

    /// <summary>Unacknowledged QoS 1/2 publishes a client may have towards the broker, 1..65535.</summary>
    public int? ReceiveMaximum { get; set; }

    /// <summary>Topic aliases a client may set up towards the broker, 0..65535 (0 disables them).</summary>
    public int? TopicAliasMaximum { get; set; }

    /// <summary>Upper bound of a client's keep alive, 0..65535 (0: no bound).</summary>
    public int? MaximumKeepAliveSeconds { get; set; }

    /// <summary>Messages waiting per session beyond the in-flight window, at least 1.</summary>
    public int? MaximumQueuedMessagesPerClient { get; set; }

    /// <summary>DropOldest (the default: a slow subscriber sees the freshest data) or DropNewest (Mosquitto's behaviour).</summary>
    public MqttQueueFullPolicy? QueueFullPolicy { get; set; }

    /// <summary>
    /// Clients without credentials: unset — only from a loopback address; true — from anywhere (the hub warns at
    /// every start); false — never (docs/security.md).
    /// </summary>
    public bool? AllowAnonymous { get; set; }

    /// <summary><see cref="AllowAnonymous"/> as the three cases it stands for.</summary>
    public MqttAnonymousAccess AnonymousAccess => AllowAnonymous switch
    {
        true => MqttAnonymousAccess.Everyone,
        false => MqttAnonymousAccess.Nobody,
        null => MqttAnonymousAccess.Loopback,
    };

    /// <summary>User name → password: each user is a device identity of that name (client id = user name).</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ordered ACL rules; with none, every client may publish and subscribe everywhere.</summary>
    [ValidateEnumeratedItems]
    public List<MqttAclRuleOptions> Acl { get; set; } = [];

    /// <summary>The verdict when no rule in <see cref="Acl"/> applies; unset: Allow without rules, Deny with some.</summary>
    public MqttAclPermission? DefaultAclPermission { get; set; }

    [ValidateObjectMembers]
    public MqttPersistenceOptions Persistence { get; set; } = new();

    /// <summary>External mode: mqtt://[user:password@]host[:port] or mqtts://…</summary>
    public Uri? Url { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        List<ValidationResult> errors = [];
        void Fail(string message, string member) => errors.Add(new ValidationResult(message, [member]));

        // Not [Range]: the options source generator drops a Range attribute's ErrorMessage, and the
        // message must name the configuration key.
        void CheckRange(int? value, int minimum, int maximum, string member)
        {
            if (value < minimum || value > maximum)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mqtt:{member} is {value}; it must be between {minimum} and {maximum}."), member);
            }
        }

        CheckRange(Port, 0, 65535, nameof(Port));
        CheckRange(TlsPort, 0, 65535, nameof(TlsPort));
        CheckRange(MaximumPacketSize, 16, MqttBrokerOptions.MaximumPacketSizeLimit, nameof(MaximumPacketSize));
        CheckRange(ReceiveMaximum, 1, 65535, nameof(ReceiveMaximum));
        CheckRange(TopicAliasMaximum, 0, 65535, nameof(TopicAliasMaximum));
        CheckRange(MaximumKeepAliveSeconds, 0, 65535, nameof(MaximumKeepAliveSeconds));
        CheckRange(MaximumQueuedMessagesPerClient, 1, int.MaxValue, nameof(MaximumQueuedMessagesPerClient));

        if (Address is not null && !IPAddress.TryParse(Address, out _))
        {
            Fail($"Mqtt:Address '{Address}' is not an IP address.", nameof(Address));
        }

        if (!string.IsNullOrWhiteSpace(TlsCertificatePath) && !File.Exists(TlsCertificatePath))
        {
            Fail($"Mqtt:TlsCertificatePath '{TlsCertificatePath}' does not exist.", nameof(TlsCertificatePath));
        }

        foreach (var user in Users.Keys.Where(u => u.Length == 0 || u.StartsWith('$')))
        {
            Fail($"Mqtt:Users: '{user}' is not a user name: names starting with '$' are reserved for the hub.", nameof(Users));
        }

        for (var i = 0; i < Acl.Count; i++)
        {
            try
            {
                _ = new MqttAcl([Acl[i].ToRule()]);
            }
            catch (ArgumentException e)
            {
                Fail($"Mqtt:Acl:{i}:Topic '{Acl[i].Topic}' is not a valid topic filter: {e.Message}", nameof(Acl));
            }
        }

        if (Mode == MqttMode.External)
        {
            if (Url is null)
            {
                Fail("Mqtt:Url is required when Mqtt:Mode is External (mqtt://host:1883 or mqtts://host:8883).", nameof(Url));
            }
            else if (!Url.IsAbsoluteUri || Url.Scheme is not ("mqtt" or "mqtts") || string.IsNullOrEmpty(Url.Host))
            {
                Fail($"Mqtt:Url '{Url}' must look like mqtt://host:port or mqtts://host:port.", nameof(Url));
            }
        }

        return errors;
    }
}
