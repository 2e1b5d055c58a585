namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>Why <see cref="FirmwareCatalog.Add"/> stored nothing (<see cref="None"/>: it stored the release).</summary>
internal enum FirmwareAddRefusal
{
    None,
    KeyRevoked,
    VersionExists,
    TooMany,
    StorageFull,
}
