namespace AiotHub.Core.Firmware;

/// <summary>
/// One device → hub OTA status, parsed and validated at the edge. <see cref="Progress"/> 0–100 while downloading;
/// <see cref="Code"/> one of <see cref="OtaResultCodes"/> (0 unless failed); <see cref="Firmware"/> the version the
/// device now runs (on succeeded and rolledBack). <see cref="Received"/> is the hub's clock.
/// </summary>
public sealed record OtaStatusReport(
    string DeviceId,
    string JobId,
    OtaState State,
    int? Progress,
    int Code,
    string? Message,
    string? Firmware,
    DateTimeOffset Received);
