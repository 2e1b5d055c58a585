using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The update a home's device has or is offered: <see cref="State"/> one of available, scheduled (verified, waiting
/// for the quiet hours to end), downloading, ready, applying, succeeded, failed, postponed, refused, rolledBack.
/// </summary>
internal sealed record FirmwareUpdateView(
    string ReleaseId,
    string Version,
    FirmwareNotes? Notes,
    string State,
    int? Progress = null,
    DateTimeOffset? PostponedUntil = null,
    int? Code = null,
    string? Message = null);
