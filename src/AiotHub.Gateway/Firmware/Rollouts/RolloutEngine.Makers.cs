using System.Globalization;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>The maker's side: start a rollout of a release, read it, pause, resume, halt, roll back.</summary>
internal sealed partial class RolloutEngine
{
    public RolloutChange Create(string vendor, string releaseId, IReadOnlyList<int> stages, TimeSpan? soak, RolloutThresholds thresholds, string? createdBy)
    {
        var now = _time.GetUtcNow();
        if (_catalog.Find(releaseId) is not { } release || release.Vendor != vendor)
            return RolloutChange.NotFound($"No release '{releaseId}' of {vendor}.");
        if (!_catalog.IsOffered(releaseId))
            return RolloutChange.Conflict($"Release '{releaseId}' is not offered (withdrawn, or its key was revoked).");
        Rollout rollout;
        lock (_lock)
        {
            if (_rollouts.Values.FirstOrDefault(r => r.Model == release.Model && r.IsActive) is { } active)
                return RolloutChange.Conflict($"Rollout '{active.Id}' of {active.Model} {active.Version} is {active.Status.ToString().ToLowerInvariant()}; halt it or let it complete first.");
            if (_rollouts.Count >= _options.MaxRollouts)
                return RolloutChange.Conflict($"The hub keeps at most {_options.MaxRollouts} rollouts.");
            rollout = new Rollout(NewId("ro"), release.Id, release.Model, release.Version, release.MinVersion, stages, soak ?? _options.DefaultSoak,
                thresholds, RolloutStatus.Testers, Rollout.TestersRing, now, null, now, createdBy);
            _rollouts[rollout.Id] = rollout;
            _jobs[rollout.Id] = new Dictionary<string, RolloutJob>(StringComparer.Ordinal);
            RefreshActive();
            var detail = string.Create(CultureInfo.InvariantCulture,
                $"{release.Model} {release.Version}: testers → {string.Join(" → ", stages.Select(s => s + "%"))}, soak {Durations.Format(rollout.Soak)} per ring");
            _store.Save(rollout, [new RolloutEvent(now, "created", detail)], []);
            RolloutLog.Changed(_logger, rollout.Id, rollout.Model, rollout.Version, "created", detail);
        }

        Wake();
        return new RolloutChange(RolloutChangeOutcome.Done, rollout);
    }

    public IReadOnlyList<Rollout> List(string vendor, string? releaseId)
    {
        lock (_lock)
            return [.. _rollouts.Values.Where(r => r.Vendor == vendor && (releaseId is null || r.ReleaseId == releaseId)).OrderByDescending(r => r.Created)];
    }

    public Rollout? Find(string vendor, string rolloutId)
    {
        lock (_lock)
            return _rollouts.TryGetValue(rolloutId, out var r) && r.Vendor == vendor ? r : null;
    }

    /// <summary>The maker's view: figures per ring and the timeline, nothing of a home.</summary>
    public RolloutView View(Rollout rollout)
    {
        lock (_lock)
        {
            var current = _rollouts.GetValueOrDefault(rollout.Id) ?? rollout;
            var jobs = _jobs.GetValueOrDefault(rollout.Id)?.Values.ToList() ?? [];
            var devices = Devices(current, [.. _registry.ListDevices().Where(d => d.Model == current.Model)], _time.GetUtcNow());
            var stats = RolloutPlanner.Stats(current, jobs, devices, Commands(current, jobs));
            return RolloutView.Of(current, stats, _store.Events(current.Id));
        }
    }

    public RolloutChange Pause(string vendor, string rolloutId) => Change(vendor, rolloutId, (rollout, now, plan) =>
    {
        if (!rollout.IsRunning)
            return $"Rollout '{rollout.Id}' is {Name(rollout.Status)}; only a running rollout pauses.";
        plan.Rollout = rollout with { Status = RolloutStatus.Paused };
        plan.Events.Add(new RolloutEvent(now, "paused", "by the maker"));
        return null;
    });

    public RolloutChange Resume(string vendor, string rolloutId) => Change(vendor, rolloutId, (rollout, now, plan) =>
    {
        if (rollout.Status != RolloutStatus.Paused)
            return $"Rollout '{rollout.Id}' is {Name(rollout.Status)}; only a paused rollout resumes (a halted one never does: start a new rollout).";
        plan.Rollout = rollout with { Status = rollout.StageIndex == Rollout.TestersRing ? RolloutStatus.Testers : RolloutStatus.Staged };
        plan.Events.Add(new RolloutEvent(now, "resumed", "by the maker"));
        return null;
    });

    public RolloutChange Halt(string vendor, string rolloutId) => Change(vendor, rolloutId, (rollout, now, plan) =>
    {
        if (!rollout.IsActive)
            return $"Rollout '{rollout.Id}' is {Name(rollout.Status)}.";
        RolloutPlanner.Halt(plan, [.. _jobs[rollout.Id].Values], "halted by the maker", now, automatic: false);
        return null;
    });

    /// <summary>Halts (when still active) and sends rollback to every device the rollout updated.</summary>
    public RolloutChange Rollback(string vendor, string rolloutId) => Change(vendor, rolloutId, (rollout, now, plan) =>
    {
        if (rollout.Status == RolloutStatus.Cancelled)
            return $"Rollout '{rollout.Id}' is cancelled.";
        var jobs = _jobs[rollout.Id].Values.ToList();
        if (rollout.Status == RolloutStatus.Halted)
        {
            plan.Changed = true;
            plan.Rollbacks.AddRange(jobs.Where(j => j.State == RolloutJobState.Succeeded));
            plan.Events.Add(new RolloutEvent(now, "rollback", string.Create(CultureInfo.InvariantCulture, $"{plan.Rollbacks.Count} updated devices sent rollback")));
            return null;
        }

        RolloutPlanner.Halt(plan, jobs, "rolled back by the maker", now, automatic: false, rollback: true);
        plan.Events.Add(new RolloutEvent(now, "rollback", string.Create(CultureInfo.InvariantCulture, $"{plan.Rollbacks.Count} updated devices sent rollback")));
        return null;
    });

    private RolloutChange Change(string vendor, string rolloutId, Func<Rollout, DateTimeOffset, RolloutPlan, string?> decide)
    {
        var now = _time.GetUtcNow();
        Rollout result;
        lock (_lock)
        {
            if (!_rollouts.TryGetValue(rolloutId, out var rollout) || rollout.Vendor != vendor)
                return RolloutChange.NotFound($"No rollout '{rolloutId}' of {vendor}.");
            var plan = new RolloutPlan(rollout);
            if (decide(rollout, now, plan) is { } conflict)
                return RolloutChange.Conflict(conflict);
            plan.Changed = true;
            Execute(plan, now);
            result = plan.Rollout;
        }

        Wake();
        return new RolloutChange(RolloutChangeOutcome.Done, result);
    }

    private static string Name(RolloutStatus status) => status.ToString().ToLowerInvariant();
}
