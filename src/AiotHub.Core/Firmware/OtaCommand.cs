namespace AiotHub.Core.Firmware;

/// <summary>
/// One hub → device OTA message, typed; written to the wire at the edge (Gateway/Firmware). <see cref="Version"/>,
/// <see cref="Size"/>, <see cref="Sha256"/> and <see cref="Url"/> are set on an <see cref="OtaCommandKind.Offer"/>
/// (the URL is a one-time download link for this device and job), <see cref="Version"/> on a rollback's target when known.
/// </summary>
public sealed record OtaCommand(
    string DeviceId,
    OtaCommandKind Kind,
    string JobId,
    string? Version = null,
    long? Size = null,
    string? Sha256 = null,
    string? Url = null);
