using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// A device's status report applied to its job (docs/mqtt-protocol.md "Firmware updates"). States only move forward:
/// a late or repeated report of an earlier step changes nothing, and a job with an outcome keeps it — except a
/// rolled-back report, which ends a rollback. Succeeded counts only with the release's version as the running firmware.
/// A download that failed (-4301: a link the hub's restart ended, a network gone) or a device busy with another job
/// (-4307: a job of an earlier, halted rollout still finishing) is not the release's fault: while offers remain, the job
/// is offered again — a failed download at the next pass, a busy device after the offer timeout — and counts only
/// when the last offer fails too.
/// </summary>
internal static class RolloutReports
{
    public static RolloutJob Apply(RolloutJob job, OtaStatusReport report, string targetVersion, RolloutTimings timings)
    {
        var now = report.Received;
        switch (report.State)
        {
            case OtaState.Accepted or OtaState.Downloading or OtaState.Verifying when job.State is RolloutJobState.Offered or RolloutJobState.Downloading:
                return job with { State = RolloutJobState.Downloading, Progress = report.State == OtaState.Verifying ? 100 : report.Progress ?? job.Progress, Updated = now };
            case OtaState.Ready when job.State is RolloutJobState.Offered or RolloutJobState.Downloading:
                return job with { State = RolloutJobState.Ready, Progress = 100, Updated = now };
            case OtaState.Applying or OtaState.Rebooting when job.IsBeforeApply || job.State == RolloutJobState.Applying:
                return job with { State = RolloutJobState.Applying, ApplySent = job.ApplySent ?? now, Updated = now };
            case OtaState.Succeeded when job.IsBeforeApply || job.State is RolloutJobState.Applying or RolloutJobState.NotBack:
                if (FirmwareVersion.TryParse(report.Firmware, out var runs) && FirmwareVersion.TryParse(targetVersion, out var target) && runs == target)
                    return job with { State = RolloutJobState.Succeeded, Code = OtaResultCodes.Ok, Message = null, Progress = null, Updated = now, Completed = now };
                return job with
                {
                    State = RolloutJobState.Failed, Code = OtaResultCodes.ApplyFailed, Updated = now, Completed = now,
                    Message = $"reported succeeded but runs {report.Firmware ?? "an unknown version"}, not {targetVersion}",
                };
            case OtaState.Failed when job.IsBeforeApply && report.Code is OtaResultCodes.DownloadFailed or OtaResultCodes.Busy && job.Offers < timings.MaxOffers:
                return job with
                {
                    State = RolloutJobState.Offered, Code = report.Code, Message = report.Message, Progress = null,
                    Updated = report.Code == OtaResultCodes.Busy ? now : now - timings.OfferTimeout,
                };
            case OtaState.Failed when job.IsBeforeApply || job.State == RolloutJobState.Applying:
                return job with
                {
                    State = report.Code == OtaResultCodes.Cancelled ? RolloutJobState.Cancelled : RolloutJobState.Failed,
                    Code = report.Code == OtaResultCodes.Ok ? OtaResultCodes.ApplyFailed : report.Code,
                    Message = report.Message, Updated = now, Completed = now,
                };
            case OtaState.Failed when job.State == RolloutJobState.RollingBack:
                // The device could not go back (no previous image): it stays updated.
                return job with { State = RolloutJobState.Succeeded, Code = report.Code, Message = report.Message, Updated = now };
            case OtaState.RolledBack when job.State is RolloutJobState.RollingBack or RolloutJobState.Succeeded or RolloutJobState.Applying or RolloutJobState.NotBack:
                return job with { State = RolloutJobState.RolledBack, Code = report.Code, Message = report.Message, Updated = now, Completed = now };
            default:
                return job;
        }
    }
}
