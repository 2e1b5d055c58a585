using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Firmware;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// The device side of docs/mqtt-protocol.md "Firmware updates" for one simulated device: offer → download over HTTP
/// (resuming with Range after a disconnect, <see cref="OtaDownload"/>) → SHA-256 verify → ready; apply → applying →
/// rebooting → offline → reconnect, announce the new firmware → succeeded; rollback to the firmware it kept; cancel.
/// The faults of <see cref="DeviceFaults"/> are drawn per job from the device's seeded random. Everything here runs
/// under the device's lock; the HTTP transfer runs outside it and takes the lock to record what it received.
/// </summary>
public sealed class DeviceOta
{
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");
    private readonly SimulatedDevice _device;
    private OtaJob? _job;
    private (string Job, OtaState State, string Firmware)? _finished;
    private (string Job, OtaState State, string Firmware)? _afterConnect;
    private long _succeeded;
    private long _failed;
    private long _bytesReceived;
    private long _requests;

    internal DeviceOta(SimulatedDevice device) => _device = device;

    /// <summary>The firmware kept for a rollback (after an update, when <see cref="OtaOptions.KeepsPreviousFirmware"/>).</summary>
    public string? PreviousFirmware { get; private set; }

    /// <summary>The current job's phase; null when there is none.</summary>
    public OtaPhase? Phase
    {
        get
        {
            lock (_device.Sync)
            {
                return _job?.Phase;
            }
        }
    }

    /// <summary>The device rebooted into an image that never came up: it stays offline for good.</summary>
    public bool IsBricked { get; private set; }

    /// <summary>Image bytes received over HTTP, all jobs together (a resumed download does not count bytes twice).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>HTTP requests made for images (the first of a job and every resume).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public long Succeeded => Interlocked.Read(ref _succeeded);

    public long Failed => Interlocked.Read(ref _failed);

    internal SimulatedDevice Device => _device;

    /// <summary>One message on <c>{root}/{id}/ota</c> with a usable job id (under the device's lock).</summary>
    internal void HandleLocked(string job, JsonElement root)
    {
        var op = root.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        switch (op)
        {
            case "offer": OfferLocked(job, root); break;
            case "apply": ApplyLocked(job); break;
            case "cancel": CancelLocked(job); break;
            case "rollback": RollbackLocked(job); break;
            default: Report(job, OtaState.Failed, code: OtaResultCodes.BadRequest, message: $"unknown op '{op}'"); break;
        }
    }

    private void OfferLocked(string job, JsonElement root)
    {
        if (_job is { } current)
        {
            if (current.Id != job)
            {
                Report(job, OtaState.Failed, code: OtaResultCodes.Busy, message: $"job {current.Id} is in progress");
                return;
            }

            // The same job again (the hub restarted, or did not hear from us): say where we are, never start over.
            if (String(root, "url") is { } newUrl && IsHttpUrl(newUrl))
                current.Url = newUrl;
            switch (current.Phase)
            {
                case OtaPhase.Downloading when current.Transfer is null:
                case OtaPhase.Paused:
                    current.Phase = OtaPhase.Downloading;
                    current.Failures = 0;
                    Report(job, OtaState.Downloading, Percent(current));
                    OtaDownload.Start(this, current);
                    break;
                case OtaPhase.Downloading:
                    Report(job, OtaState.Downloading, Percent(current));
                    break;
                case OtaPhase.Ready:
                    Report(job, OtaState.Ready);
                    break;
            }

            return;
        }

        if (_finished is { } done && done.Job == job && done.State == OtaState.Succeeded)
        {
            Report(job, OtaState.Succeeded, firmware: done.Firmware);
            return;
        }

        var version = String(root, "version");
        var size = root.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : 0;
        var sha = String(root, "sha256")?.ToLowerInvariant();
        var url = String(root, "url");
        if (!FirmwareVersion.TryParse(version, out var offered) || size <= 0 || sha is not { Length: 64 }
            || sha.AsSpan().ContainsAnyExcept(LowerHex) || url is null || !IsHttpUrl(url))
        {
            Report(job, OtaState.Failed, code: OtaResultCodes.BadRequest, message: "an offer needs a version, a positive size, a SHA-256 and an http(s) url");
            return;
        }

        if (FirmwareVersion.TryParse(_device.Firmware, out var running) && offered <= running)
        {
            Report(job, OtaState.Failed, code: OtaResultCodes.VersionRefused, message: $"{version} is not newer than {_device.Firmware}");
            return;
        }

        var options = _device.Options.Ota;
        if (size > options.MaxImageBytes)
        {
            Report(job, OtaState.Failed, code: OtaResultCodes.NoSpace, message: $"{size} bytes do not fit in {options.MaxImageBytes}");
            return;
        }

        // Four draws for every job, so a seed gives the same faults whatever the probabilities.
        var faults = _device.Faults;
        var random = _device.Random;
        var (stall, stallAt, badHash, applyFails, bricks) = (random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble());
        var accepted = new OtaJob(job, version, size, sha, url)
        {
            StallAt = stall < faults.OtaStallProbability ? (long)(size * (0.1 + (0.8 * stallAt))) : null,
            BadHash = badHash < faults.OtaBadHashProbability,
            ApplyFails = applyFails < faults.OtaApplyFailureProbability,
            Bricks = bricks < faults.OtaBrickProbability,
        };
        _job = accepted;
        _finished = null;
        Report(job, OtaState.Accepted);
        OtaDownload.Start(this, accepted);
    }

    private void ApplyLocked(string job)
    {
        if (_job is not { Phase: OtaPhase.Ready } ready || ready.Id != job)
        {
            if (_job is { Phase: OtaPhase.Applying or OtaPhase.Rebooting } busy && busy.Id == job)
                return;
            if (_finished is { } done && done.Job == job && done.State == OtaState.Succeeded)
                Report(job, OtaState.Succeeded, firmware: done.Firmware);
            else
                Report(job, OtaState.Failed, code: OtaResultCodes.BadRequest, message: $"job {job} is not ready");
            return;
        }

        ready.Phase = OtaPhase.Applying;
        Report(job, OtaState.Applying);
        _device.Schedule(_device.Options.Ota.ApplyDuration, () =>
        {
            if (_job != ready)
                return;
            if (ready.ApplyFails)
            {
                Fail(ready, OtaResultCodes.ApplyFailed, $"writing the image failed; still running {_device.Firmware}");
                return;
            }

            ready.Phase = OtaPhase.Rebooting;
            Report(job, OtaState.Rebooting);
            // A moment for the status to leave before the link goes down, as a device flushes before it restarts.
            _device.Schedule(TimeSpan.FromMilliseconds(300), () =>
            {
                _job = null;
                ready.End();
                if (ready.Bricks)
                {
                    IsBricked = true;
                    Interlocked.Increment(ref _failed);
                    _device.RebootLocked(null);
                    return;
                }

                PreviousFirmware = _device.Options.Ota.KeepsPreviousFirmware ? _device.Firmware : null;
                _device.Firmware = ready.Version;
                _afterConnect = (job, OtaState.Succeeded, ready.Version);
                _device.RebootLocked(_device.Options.Ota.RebootDuration);
            });
        });
    }

    private void CancelLocked(string job)
    {
        if (_job is { } current && current.Id == job)
        {
            if (current.Phase is OtaPhase.Applying or OtaPhase.Rebooting)
                return;
            Fail(current, OtaResultCodes.Cancelled, "cancelled");
            return;
        }

        Report(job, OtaState.Failed, code: OtaResultCodes.Cancelled, message: "cancelled (no such job in progress)");
    }

    private void RollbackLocked(string job)
    {
        if (_job is { } current && current.Id == job)
        {
            if (current.Phase is OtaPhase.Applying or OtaPhase.Rebooting)
                return;
            // Not installed yet: nothing to undo but the download.
            _job = null;
            current.End();
            Report(job, OtaState.RolledBack, firmware: _device.Firmware);
            return;
        }

        if (PreviousFirmware is not { } previous)
        {
            Report(job, OtaState.Failed, code: OtaResultCodes.RollbackUnsupported, message: "no previous firmware kept");
            return;
        }

        Report(job, OtaState.Rebooting);
        _device.Schedule(TimeSpan.FromMilliseconds(300), () =>
        {
            PreviousFirmware = null;
            _device.Firmware = previous;
            _afterConnect = (job, OtaState.RolledBack, previous);
            _device.RebootLocked(_device.Options.Ota.RebootDuration);
        });
    }

    /// <summary>Connected (again), announce and availability sent: the result of a reboot, or a paused download resumes.</summary>
    internal void OnConnectedLocked()
    {
        if (_afterConnect is { } after)
        {
            _afterConnect = null;
            _finished = after;
            if (after.State == OtaState.Succeeded)
                Interlocked.Increment(ref _succeeded);
            Report(after.Job, after.State, firmware: after.Firmware);
        }

        if (_job is { Phase: OtaPhase.Paused } paused)
        {
            paused.Phase = OtaPhase.Downloading;
            paused.Failures = 0;
            Report(paused.Id, OtaState.Downloading, Percent(paused));
            OtaDownload.Start(this, paused);
        }
    }

    /// <summary>The device lost its network: the transfer stops, keeping what it received.</summary>
    internal void OnOfflineLocked()
    {
        if (_job is { Phase: OtaPhase.Downloading } job)
        {
            job.StopTransfer();
            job.Phase = OtaPhase.Paused;
        }
    }

    /// <summary>The fleet stops: no transfer outlives it.</summary>
    internal void StopLocked() => _job?.StopTransfer();

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    internal void CountBytes(int count) => Interlocked.Add(ref _bytesReceived, count);

    internal bool IsCurrent(OtaJob job) => _job == job && job.Phase == OtaPhase.Downloading;

    /// <summary>Bytes arrived: progress at most once per tenth.</summary>
    internal void ProgressLocked(OtaJob job)
    {
        var tenth = (int)(job.Received * 10 / job.Size);
        if (tenth > job.ReportedTenth && job.Received < job.Size)
        {
            job.ReportedTenth = tenth;
            Report(job.Id, OtaState.Downloading, Percent(job));
        }
    }

    /// <summary>All <see cref="OtaJob.Size"/> bytes are in: verify, then ready (or -4302, the image discarded).</summary>
    internal void VerifyLocked(OtaJob job)
    {
        job.StopTransfer();
        Report(job.Id, OtaState.Verifying, 100);
        var digest = job.Hash.GetHashAndReset();
        if (job.BadHash)
            digest = System.Security.Cryptography.SHA256.HashData(digest); // a flipped bit on the way to flash
        var actual = Convert.ToHexStringLower(digest);
        if (actual != job.Sha256)
        {
            Fail(job, OtaResultCodes.HashMismatch, $"the image's SHA-256 is {actual}, not {job.Sha256}");
            return;
        }

        job.Phase = OtaPhase.Ready;
        Report(job.Id, OtaState.Ready);
    }

    internal void Fail(OtaJob job, int code, string message)
    {
        if (_job == job)
            _job = null;
        job.End();
        _finished = (job.Id, OtaState.Failed, _device.Firmware);
        Interlocked.Increment(ref _failed);
        Report(job.Id, OtaState.Failed, code: code, message: message);
    }

    private void Report(string job, OtaState state, int? progress = null, int code = 0, string? message = null, string? firmware = null) =>
        _device.SendOtaStatusLocked(job, state, progress, code, message, firmware);

    private static int Percent(OtaJob job) => (int)(job.Received * 100 / job.Size);

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string Describe(long received, long size) =>
        string.Create(CultureInfo.InvariantCulture, $"{received} of {size} bytes");
}
