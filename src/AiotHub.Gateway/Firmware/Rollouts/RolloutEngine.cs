using System.Security.Cryptography;
using AiotHub.Automation.Automations;
using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware.Catalog;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The rollouts as the hub runs them: loaded from hub.db at start (<see cref="RolloutStore"/>), planned by
/// <see cref="RolloutPlanner"/> at each <see cref="Tick"/>, commands sent through <see cref="OtaChannel"/>, device reports
/// applied as they arrive (<see cref="Report"/>), and the maker's and owners' decisions. One lock guards the rollouts,
/// jobs and the homes' choices; every change is written to hub.db before the lock is released, so a restarted hub
/// resumes where it was (jobs that were downloading are offered again: the device resumes its download).
/// </summary>
internal sealed partial class RolloutEngine
{
    private readonly Lock _lock = new();
    private readonly RolloutStore _store;
    private readonly OtaChannel _channel;
    private readonly FirmwareCatalog _catalog;
    private readonly DeviceRegistry _registry;
    private readonly DeviceHealthReader _health;
    private readonly TimeProvider _time;
    private readonly RolloutOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger<RolloutEngine> _logger;
    private readonly Dictionary<string, Rollout> _rollouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, RolloutJob>> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RolloutJob> _jobsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirmwareHomeSettings> _homes;
    private readonly Dictionary<string, DeviceFirmwareChoice> _choices;

    /// <summary>Jobs that were before apply when the hub stopped: offered again once their device is online.</summary>
    private readonly HashSet<string> _resume = new(StringComparer.Ordinal);

    /// <summary>The releases of active rollouts, read without the lock (the catalogue asks while it holds its own).</summary>
    private volatile HashSet<string> _activeReleases = new(StringComparer.Ordinal);

    private long _unknownReports;

    public RolloutEngine(
        RolloutStore store, OtaChannel channel, FirmwareCatalog catalog, DeviceRegistry registry, DeviceHealthReader health,
        AutomationEngineOptions location, TimeProvider time, IOptions<RolloutOptions> options, ILogger<RolloutEngine> logger)
    {
        _store = store;
        _channel = channel;
        _catalog = catalog;
        _registry = registry;
        _health = health;
        _time = time;
        _options = options.Value;
        _zone = location.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : time.LocalTimeZone;
        _logger = logger;
        foreach (var rollout in store.Rollouts())
        {
            _rollouts[rollout.Id] = rollout;
            _jobs[rollout.Id] = new Dictionary<string, RolloutJob>(StringComparer.Ordinal);
        }

        foreach (var job in store.Jobs())
        {
            if (!_jobs.TryGetValue(job.RolloutId, out var jobs))
                continue;
            jobs[job.DeviceId] = job;
            _jobsById[job.Id] = job;
            if (job.State is RolloutJobState.Offered or RolloutJobState.Downloading && _rollouts[job.RolloutId].Status is not (RolloutStatus.Halted or RolloutStatus.Cancelled))
                _resume.Add(job.Id);
        }

        // The links those devices hold work again before the hub's HTTP server listens (hosted services start first), so
        // a download the restart cut resumes with its Range instead of failing on a dead link.
        foreach (var resumed in _resume)
        {
            var job = _jobsById[resumed];
            var releaseId = _rollouts[job.RolloutId].ReleaseId;
            if (catalog.IsOffered(releaseId))
            {
                try
                {
                    catalog.RenewDownload(releaseId, job.DeviceId, job.Id);
                }
                catch (InvalidOperationException)
                {
                    // Ota:MaxDownloadLinks alive: the job is offered again when there is room.
                }
            }
        }

        _homes = new Dictionary<string, FirmwareHomeSettings>(store.HomeSettings(), StringComparer.Ordinal);
        _choices = new Dictionary<string, DeviceFirmwareChoice>(store.Choices(), StringComparer.Ordinal);
        RefreshActive();
        catalog.HasActiveRollout = HasActiveRollout;
        var active = _rollouts.Values.Count(r => r.IsActive);
        if (active > 0)
            RolloutLog.Resumed(logger, active, _resume.Count);
    }

    /// <summary>Status reports that named no job of the reporting device.</summary>
    public long UnknownReports => Interlocked.Read(ref _unknownReports);

    /// <summary>Raised (outside the lock) when a maker or owner changed something the engine should act on at once.</summary>
    public event Action? Woken;

    /// <summary>Whether a rollout of the release is testing, staged or paused (the catalogue refuses to withdraw it then).</summary>
    public bool HasActiveRollout(string releaseId) => _activeReleases.Contains(releaseId);

    /// <summary>Applies device reports to their jobs (the lock is taken once for the batch).</summary>
    public void Report(IReadOnlyList<OtaStatusReport> reports)
    {
        lock (_lock)
        {
            var changed = new Dictionary<string, List<RolloutJob>>(StringComparer.Ordinal);
            foreach (var report in reports)
            {
                if (!_jobsById.TryGetValue(report.JobId, out var job) || job.DeviceId != report.DeviceId)
                {
                    Interlocked.Increment(ref _unknownReports);
                    RolloutLog.UnknownJob(_logger, report.JobId, report.DeviceId);
                    continue;
                }

                var next = RolloutReports.Apply(job, report, _rollouts[job.RolloutId].Version, _options.Timings);
                if (next == job)
                    continue;
                _resume.Remove(job.Id);
                Keep(next);
                (changed.TryGetValue(job.RolloutId, out var list) ? list : changed[job.RolloutId] = []).Add(next);
                if (!next.IsBeforeApply && next.State != RolloutJobState.Applying)
                    _catalog.EndDownloads(next.Id);
                if (next.State is RolloutJobState.Failed || next.Code != job.Code && next.Code != OtaResultCodes.Ok)
                    RolloutLog.JobEnded(_logger, next.Id, next.DeviceId, next.State, next.Code, next.Message);
            }

            foreach (var list in changed.Values)
                _store.Save(null, [], list);
        }
    }

    /// <summary>One planning pass over every rollout that still has work.</summary>
    public void Tick()
    {
        var now = _time.GetUtcNow();
        var refused = 0;
        lock (_lock)
        {
            var byModel = _registry.ListDevices().GroupBy(d => d.Model, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var rollout in _rollouts.Values.ToList())
            {
                var jobs = _jobs[rollout.Id];
                if (rollout.Status is RolloutStatus.Cancelled || (rollout.Status is RolloutStatus.Halted or RolloutStatus.Completed && !jobs.Values.Any(Unfinished)))
                    continue;
                if (rollout.IsActive && !_catalog.IsOffered(rollout.ReleaseId))
                {
                    Cancel(rollout, now);
                    continue;
                }

                var devices = Devices(rollout, byModel.GetValueOrDefault(rollout.Model) ?? [], now);
                var plan = RolloutPlanner.Plan(rollout, jobs.Values, devices, Commands(rollout, jobs.Values), now, _options.Timings);
                refused += Resume(rollout, devices, now);
                refused += Execute(plan, now);
            }
        }

        if (refused > 0)
            RolloutLog.ChannelFull(_logger, refused);
    }

    private static bool Unfinished(RolloutJob job) =>
        job.IsBeforeApply || job.State is RolloutJobState.Applying or RolloutJobState.RollingBack or RolloutJobState.NotBack;

    private List<RolloutDevice> Devices(Rollout rollout, List<Device> devices, DateTimeOffset now)
    {
        var list = new List<RolloutDevice>(devices.Count);
        foreach (var device in devices)
        {
            var home = _homes.GetValueOrDefault(device.HomeId) ?? FirmwareHomeSettings.Default;
            var choice = _choices.GetValueOrDefault(device.Id) ?? DeviceFirmwareChoice.None;
            list.Add(new RolloutDevice(
                device.Id, device.HomeId, device.Firmware, device.Availability.State == AvailabilityState.Online,
                Known: device.Status != DeviceStatus.Pending,
                Tester: home.Tester,
                Quiet: home.QuietHours?.Contains(now, _zone) == true,
                PostponedUntil: choice.PostponedUntil,
                Refused: choice.Refused.Contains(rollout.ReleaseId)));
        }

        return list;
    }

    private Dictionary<string, CommandCounts> Commands(Rollout rollout, IEnumerable<RolloutJob> jobs)
    {
        var counts = new Dictionary<string, CommandCounts>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (job.State != RolloutJobState.Succeeded || job.Ring != rollout.StageIndex || job.Completed is not { } since)
                continue;
            var health = _health.Commands(job.DeviceId, since);
            counts[job.DeviceId] = new CommandCounts(health.Applied, health.Rejected, health.TimedOut);
        }

        return counts;
    }

    /// <summary>Offers again, once their device is online, the jobs that were downloading when the hub stopped.</summary>
    private int Resume(Rollout rollout, List<RolloutDevice> devices, DateTimeOffset now)
    {
        if (_resume.Count == 0 || !rollout.IsActive && rollout.Status != RolloutStatus.Completed)
            return 0;
        var online = devices.Where(d => d.Online).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var refused = 0;
        var changed = new List<RolloutJob>();
        foreach (var job in _jobs[rollout.Id].Values)
        {
            if (!_resume.Contains(job.Id) || !online.Contains(job.DeviceId))
                continue;
            if (!job.IsBeforeApply || job.State == RolloutJobState.Ready)
            {
                _resume.Remove(job.Id);
                continue;
            }

            if (SendOffer(rollout, job.DeviceId, job.Id))
            {
                _resume.Remove(job.Id);
                changed.Add(Keep(job with { Updated = now }));
            }
            else
            {
                refused++;
            }
        }

        _store.Save(null, [], changed);
        return refused;
    }

    private int Execute(RolloutPlan plan, DateTimeOffset now)
    {
        var rollout = plan.Rollout;
        var changed = new Dictionary<string, RolloutJob>(StringComparer.Ordinal);
        var refused = 0;
        foreach (var job in plan.Resolved)
            Change(job);
        foreach (var (device, ring) in plan.Offers)
        {
            var id = NewId("j");
            if (SendOffer(rollout, device.Id, id))
                Change(new RolloutJob(id, rollout.Id, device.Id, device.HomeId, ring, RolloutJobState.Offered, device.Firmware, null, 0, null, 1, now, now, null, null));
            else
                refused++;
        }

        foreach (var job in plan.Reoffers)
        {
            if (SendOffer(rollout, job.DeviceId, job.Id))
                Change(job with { Offers = job.Offers + 1, Updated = now });
            else
                refused++;
        }

        foreach (var job in plan.Applies)
        {
            if (_channel.TrySend(new OtaCommand(job.DeviceId, OtaCommandKind.Apply, job.Id)))
                Change(job with { State = RolloutJobState.Applying, ApplySent = now, Updated = now });
            else
                refused++;
        }

        foreach (var job in plan.Cancels)
        {
            // Cancelled either way: its download link ends now, so a device that missed the cancel cannot finish it.
            _channel.TrySend(new OtaCommand(job.DeviceId, OtaCommandKind.Cancel, job.Id));
            Change(job with { State = RolloutJobState.Cancelled, Code = OtaResultCodes.Cancelled, Message = rollout.HaltReason, Updated = now });
        }

        foreach (var job in plan.Rollbacks)
        {
            if (_channel.TrySend(new OtaCommand(job.DeviceId, OtaCommandKind.Rollback, job.Id, job.FromVersion)))
                Change(job with { State = RolloutJobState.RollingBack, Updated = now });
            else
                refused++;
        }

        if (plan.Changed)
        {
            _rollouts[rollout.Id] = rollout;
            RefreshActive();
        }
        _store.Save(plan.Changed || plan.Events.Count > 0 ? rollout : null, plan.Events, changed.Values);
        foreach (var e in plan.Events)
            RolloutLog.Changed(_logger, rollout.Id, rollout.Model, rollout.Version, e.Event, e.Detail);
        return refused;

        void Change(RolloutJob job)
        {
            changed[job.Id] = Keep(job);
            if (!job.IsBeforeApply && job.State != RolloutJobState.Applying)
                _catalog.EndDownloads(job.Id);
        }
    }

    private bool SendOffer(Rollout rollout, string deviceId, string jobId)
    {
        if (_catalog.Find(rollout.ReleaseId) is not { } release)
            return false;
        string url;
        try
        {
            url = _catalog.CreateDownloadUrl(release.Id, deviceId, jobId);
        }
        catch (InvalidOperationException)
        {
            // Withdrawn meanwhile (the next tick cancels the rollout) or too many live links (tried again later).
            return false;
        }

        return _channel.TrySend(new OtaCommand(deviceId, OtaCommandKind.Offer, jobId, release.Version, release.Size, release.Sha256, url));
    }

    private void Cancel(Rollout rollout, DateTimeOffset now)
    {
        var plan = new RolloutPlan(rollout with { Status = RolloutStatus.Cancelled, HaltReason = "the release is no longer offered (withdrawn, or its key revoked)" }) { Changed = true };
        plan.Events.Add(new RolloutEvent(now, "cancelled", plan.Rollout.HaltReason));
        plan.Cancels.AddRange(_jobs[rollout.Id].Values.Where(j => j.IsBeforeApply));
        Execute(plan, now);
    }

    private void RefreshActive() =>
        _activeReleases = _rollouts.Values.Where(r => r.IsActive).Select(r => r.ReleaseId).ToHashSet(StringComparer.Ordinal);

    private RolloutJob Keep(RolloutJob job)
    {
        _jobs[job.RolloutId][job.DeviceId] = job;
        _jobsById[job.Id] = job;
        return job;
    }

    private static string NewId(string prefix) => prefix + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private void Wake() => Woken?.Invoke();
}
