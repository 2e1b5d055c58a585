namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>Credentials to issue for one device: where it goes when it first announces, and its certificate if one was signed.</summary>
internal sealed record DeviceCredentialRequest(
    string DeviceId, string HomeId, string? RoomId = null, string? Name = null,
    string? CertificateThumbprint = null, DateTimeOffset? CertificateExpires = null);
