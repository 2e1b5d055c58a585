using System.ComponentModel.DataAnnotations;
using System.Net;
using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The hub's own part of the "Mqtt" configuration section: the mode, the listening address, who may connect
/// (users, anonymous access, ACL), persistence and the external URL. The broker's settings in the same section
/// (Port, TlsPort, limits, queue policy…) are bound straight into <see cref="MqttBrokerOptions"/> and checked by
/// <see cref="MqttBrokerOptionsValidator"/> (MqttHostingExtensions). Every rule here runs at start
/// (ValidateOnStart), so a bad value stops the hub with a message naming its key instead of surfacing on the first connection.
/// </summary>
public sealed class MqttOptions : IValidatableObject
{
    public const string SectionName = "Mqtt";

    public MqttMode Mode { get; set; } = MqttMode.Embedded;

    /// <summary>Listening address of the embedded broker; "0.0.0.0" (every IPv4 interface) when unset.</summary>
    public string? Address { get; set; }

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

        if (Address is not null && !IPAddress.TryParse(Address, out _))
        {
            Fail($"Mqtt:Address '{Address}' is not an IP address.", nameof(Address));
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
