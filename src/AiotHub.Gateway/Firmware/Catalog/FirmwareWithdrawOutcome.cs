namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>What <see cref="FirmwareCatalog.Withdraw"/> did.</summary>
internal enum FirmwareWithdrawOutcome
{
    Withdrawn,
    NotFound,
    InActiveRollout,
}
