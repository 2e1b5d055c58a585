namespace AiotHub.Core.Firmware;

/// <summary>
/// What a device reports on <c>{root}/{id}/ota/status</c> about one job (docs/mqtt-protocol.md "Firmware updates"):
/// <c>accepted</c> → <c>downloading</c> (progress) → <c>verifying</c> → <c>ready</c> (verified, waiting for apply) →
/// <c>applying</c> → <c>rebooting</c> → (reconnect, announce the new firmware) <c>succeeded</c>; or <c>failed</c>
/// with a code at any step; <c>rolledBack</c> after a rollback.
/// </summary>
public enum OtaState
{
    Accepted,
    Downloading,
    Verifying,
    Ready,
    Applying,
    Rebooting,
    Succeeded,
    Failed,
    RolledBack,
}
