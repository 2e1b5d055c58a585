using System.ComponentModel.DataAnnotations;
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
    [Range(0, 65535, ErrorMessage = "Mqtt:Port must be between 0 and 65535.")]
    public int Port { get; set; } = 1883;

    /// <summary>MQTT over TLS port; TLS is off when unset.</summary>
    [Range(0, 65535, ErrorMessage = "Mqtt:TlsPort must be between 0 and 65535.")]
    public int? TlsPort { get; set; }

    /// <summary>PKCS#12 (.pfx) file with the server certificate and its key.</summary>
    public string? TlsCertificatePath { get; set; }

    public string? TlsCertificatePassword { get; set; }

    [Range(16, 268_435_460, ErrorMessage = "Mqtt:MaximumPacketSize must be between 16 and 268435460 bytes.")]
    public int? MaximumPacketSize { get; set; }

    [Range(1, 65535, ErrorMessage = "Mqtt:ReceiveMaximum must be between 1 and 65535.")]
    public int? ReceiveMaximum { get; set; }

    [Range(0, 65535, ErrorMessage = "Mqtt:TopicAliasMaximum must be between 0 and 65535.")]
    public int? TopicAliasMaximum { get; set; }

    [Range(0, 65535, ErrorMessage = "Mqtt:MaximumKeepAliveSeconds must be between 0 and 65535.")]
    public int? MaximumKeepAliveSeconds { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Mqtt:MaximumQueuedMessagesPerClient must be at least 1.")]
    public int? MaximumQueuedMessagesPerClient { get; set; }

    /// <summary>DropNewest (mosquitto's behaviour) or DropOldest.</summary>
    public MqttQueueFullPolicy? QueueFullPolicy { get; set; }

    /// <summary>When false, every client must present a user name and password from <see cref="Users"/>.</summary>
    public bool AllowAnonymous { get; set; } = true;

    /// <summary>User name → password for the built-in authenticator.</summary>
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
        if (Address is not null && !IPAddress.TryParse(Address, out _))
        {
            yield return new ValidationResult($"Mqtt:Address '{Address}' is not an IP address.", [nameof(Address)]);
        }

        if (TlsPort is not null && string.IsNullOrWhiteSpace(TlsCertificatePath))
        {
            yield return new ValidationResult("Mqtt:TlsCertificatePath is required when Mqtt:TlsPort is set.", [nameof(TlsCertificatePath)]);
        }

        if (!string.IsNullOrWhiteSpace(TlsCertificatePath) && !File.Exists(TlsCertificatePath))
        {
            yield return new ValidationResult($"Mqtt:TlsCertificatePath '{TlsCertificatePath}' does not exist.", [nameof(TlsCertificatePath)]);
        }

        if (!AllowAnonymous && Users.Count == 0)
        {
            yield return new ValidationResult("Mqtt:Users must name at least one user when Mqtt:AllowAnonymous is false.", [nameof(Users)]);
        }

        if (Users.Keys.Any(string.IsNullOrEmpty))
        {
            yield return new ValidationResult("Mqtt:Users must not contain an empty user name.", [nameof(Users)]);
        }

        for (var i = 0; i < Acl.Count; i++)
        {
            string? error = null;
            try
            {
                _ = new MqttAcl([Acl[i].ToRule()]);
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return new ValidationResult($"Mqtt:Acl:{i}:Topic '{Acl[i].Topic}' is not a valid topic filter: {error}", [nameof(Acl)]);
            }
        }

        if (Mode == MqttMode.External)
        {
            if (Url is null)
            {
                yield return new ValidationResult("Mqtt:Url is required when Mqtt:Mode is External (mqtt://host:1883 or mqtts://host:8883).", [nameof(Url)]);
            }
            else if (!Url.IsAbsoluteUri || Url.Scheme is not ("mqtt" or "mqtts") || string.IsNullOrEmpty(Url.Host))
            {
                yield return new ValidationResult($"Mqtt:Url '{Url}' must look like mqtt://host:port or mqtts://host:port.", [nameof(Url)]);
            }
        }
    }
}
