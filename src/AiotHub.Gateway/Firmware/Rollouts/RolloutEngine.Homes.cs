using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>The home's side: the tester switch and quiet hours, a device's postponement and refusals, what each device has.</summary>
internal sealed partial class RolloutEngine
{
    public FirmwareHomeSettings Settings(string homeId)
    {
        lock (_lock)
            return _homes.GetValueOrDefault(homeId) ?? FirmwareHomeSettings.Default;
    }

    public void SetSettings(string homeId, FirmwareHomeSettings settings)
    {
        lock (_lock)
        {
            _store.SetHomeSettings(homeId, settings);
            _homes[homeId] = settings;
        }

        Wake();
    }

    /// <summary>No offer and no apply for the device until <paramref name="until"/>; a download in progress goes on.</summary>
    public void Postpone(string deviceId, DateTimeOffset until)
    {
        lock (_lock)
        {
            _store.Postpone(deviceId, until);
            _choices[deviceId] = (_choices.GetValueOrDefault(deviceId) ?? DeviceFirmwareChoice.None) with { PostponedUntil = until };
        }
    }

    /// <summary>The device never gets <paramref name="releaseId"/>: a job of it not yet applied is cancelled now.</summary>
    public void Refuse(string deviceId, string releaseId)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            _store.Refuse(deviceId, releaseId);
            var choice = _choices.GetValueOrDefault(deviceId) ?? DeviceFirmwareChoice.None;
            _choices[deviceId] = choice with { Refused = new HashSet<string>(choice.Refused, StringComparer.Ordinal) { releaseId } };
            foreach (var rollout in _rollouts.Values.Where(r => r.ReleaseId == releaseId))
            {
                if (_jobs[rollout.Id].TryGetValue(deviceId, out var job) && job.IsBeforeApply)
                {
                    var plan = new RolloutPlan(rollout);
                    plan.Cancels.Add(job);
                    Execute(plan, now);
                    _store.Save(null, [], [Keep(_jobsById[job.Id] with { Message = "refused by the owner" })]);
                }
            }
        }
    }

    /// <summary>Undoes the device's postponement and refusals.</summary>
    public void Allow(string deviceId)
    {
        lock (_lock)
        {
            _store.Allow(deviceId);
            _choices.Remove(deviceId);
        }

        Wake();
    }

    public HomeFirmwareView Home(string homeId)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var devices = _registry.ListDevices(new DeviceQuery(HomeId: homeId))
                .Select(d => new DeviceFirmwareView(d.Id, d.Name, d.Model, d.Firmware, Update(d, now))).ToList();
            return new HomeFirmwareView(FirmwareSettingsView.Of(_homes.GetValueOrDefault(homeId) ?? FirmwareHomeSettings.Default), devices);
        }
    }

    public DeviceFirmwareHistory History(Device device)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var choice = _choices.GetValueOrDefault(device.Id) ?? DeviceFirmwareChoice.None;
            var history = _jobs.Values.Select(j => j.GetValueOrDefault(device.Id)).OfType<RolloutJob>().OrderByDescending(j => j.Created)
                .Select(j => new FirmwareHistoryEntry(_rollouts[j.RolloutId].ReleaseId, _rollouts[j.RolloutId].Version, j.FromVersion, StateName(j, null),
                    j.IsBeforeApply ? j.Progress : null, j.Code == 0 ? null : j.Code, j.Message, j.Created, j.Completed))
                .ToList();
            return new DeviceFirmwareHistory(device.Id, device.Model, device.Firmware, Update(device, now),
                choice.PostponedUntil is { } until && until > now ? until : null, [.. choice.Refused.Order(StringComparer.Ordinal)], history);
        }
    }

    /// <summary>The device's update: its job in the model's latest rollout, or the release that rollout will bring it.</summary>
    private FirmwareUpdateView? Update(Device device, DateTimeOffset now)
    {
        var rollout = _rollouts.Values.Where(r => r.Model == device.Model && r.Status != RolloutStatus.Cancelled).MaxBy(r => r.Created);
        if (rollout is null)
            return null;
        var choice = _choices.GetValueOrDefault(device.Id) ?? DeviceFirmwareChoice.None;
        var postponed = choice.PostponedUntil is { } until && until > now ? until : (DateTimeOffset?)null;
        var notes = _catalog.Find(rollout.ReleaseId)?.Notes;
        if (choice.Refused.Contains(rollout.ReleaseId))
            return new FirmwareUpdateView(rollout.ReleaseId, rollout.Version, notes, "refused");
        var home = _homes.GetValueOrDefault(device.HomeId) ?? FirmwareHomeSettings.Default;
        if (_jobs[rollout.Id].TryGetValue(device.Id, out var job))
        {
            if (job.State == RolloutJobState.Cancelled)
                return null;
            var state = postponed is not null && job.IsBeforeApply ? "postponed" : StateName(job, home.QuietHours?.Contains(now, _zone) == true);
            return new FirmwareUpdateView(rollout.ReleaseId, rollout.Version, notes, state, job.IsBeforeApply ? job.Progress : null, postponed,
                job.Code == 0 ? null : job.Code, job.Message);
        }

        var candidate = new RolloutDevice(device.Id, device.HomeId, device.Firmware, true, device.Status != DeviceStatus.Pending);
        if (!rollout.IsActive || !RolloutPlanner.IsEligible(rollout, candidate))
            return null;
        return new FirmwareUpdateView(rollout.ReleaseId, rollout.Version, notes, postponed is null ? "available" : "postponed", PostponedUntil: postponed);
    }

    private static string StateName(RolloutJob job, bool? quiet) => job.State switch
    {
        RolloutJobState.Offered or RolloutJobState.Downloading => "downloading",
        RolloutJobState.Ready => quiet == true ? "scheduled" : "ready",
        RolloutJobState.Applying or RolloutJobState.RollingBack => "applying",
        RolloutJobState.Succeeded => "succeeded",
        RolloutJobState.Failed or RolloutJobState.NotBack => "failed",
        RolloutJobState.RolledBack => "rolledBack",
        _ => "cancelled",
    };
}
