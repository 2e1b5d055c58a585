using System.Text.Json.Serialization;
using AiotHub.Gateway.Devices.Credentials;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// What the device page shows of a device's credentials — never the secret: how and when they were made,
/// rotated or revoked, whether a client certificate goes with them, and when and from where the device last connected.
/// </summary>
internal sealed record DeviceCredentialsResponse(
    string DeviceId,
    string Status,
    DeviceCredentialOrigin Origin,
    DateTimeOffset Created,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Rotated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Revoked,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? LastConnected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LastAddress,
    bool Certificate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CertificateExpires)
{
    public static DeviceCredentialsResponse From(DeviceCredential c) => new(
        c.DeviceId, c.IsRevoked ? "revoked" : "active", c.Origin, c.Created, c.Rotated, c.Revoked, c.LastConnected, c.LastAddress,
        c.CertificateThumbprint is not null, c.CertificateExpires);
}
