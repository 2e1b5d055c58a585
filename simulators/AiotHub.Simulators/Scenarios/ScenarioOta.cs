using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Scenarios;

/// <summary>
/// A scenario's <c>ota</c> object (for every device, or one device's own, which wins field by field): firmware-update
/// faults by probability per job and how the devices download and reboot. Null fields leave the fleet's settings.
/// </summary>
public sealed record ScenarioOta(
    double? Stall = null,
    double? BadHash = null,
    double? ApplyFailure = null,
    double? Brick = null,
    double? DownloadRate = null,
    TimeSpan? RebootTime = null,
    bool? Rollback = null)
{
    public void ApplyTo(SimulatedDeviceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var faults = options.Faults;
        faults.OtaStallProbability = Stall ?? faults.OtaStallProbability;
        faults.OtaBadHashProbability = BadHash ?? faults.OtaBadHashProbability;
        faults.OtaApplyFailureProbability = ApplyFailure ?? faults.OtaApplyFailureProbability;
        faults.OtaBrickProbability = Brick ?? faults.OtaBrickProbability;
        var ota = options.Ota;
        if (DownloadRate is { } rate)
            ota.DownloadBytesPerSecond = rate > 0 ? rate : null;
        ota.RebootDuration = RebootTime ?? ota.RebootDuration;
        ota.KeepsPreviousFirmware = Rollback ?? ota.KeepsPreviousFirmware;
    }
}
