using System.Security.Cryptography;
using AiotHub.Core.Firmware;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The firmware catalogue (docs/ota.md "The catalogue"): makers' Ed25519 keys and the releases the hub accepted — each
/// one's signature verified and its image's SHA-256 and size checked before it was stored — with their images on disk,
/// and the one-time download links devices fetch them from. The rollout engine reads releases
/// (<see cref="Find"/>, <see cref="ForModel"/>, <see cref="IsOffered"/>) and hands devices links
/// (<see cref="CreateDownloadUrl"/>, <see cref="EndDownloads"/>). At start every row is checked again (its versions,
/// its signature with its key, its image on disk); one that fails is set aside with the reason logged
/// (<see cref="SetAside"/>) and the hub starts all the same.
/// </summary>
internal sealed partial class FirmwareCatalog
{
    /// <summary>The most keys (revoked ones included) a vendor may register.</summary>
    public const int MaxKeysPerVendor = 32;

    /// <summary>The most releases (withdrawn ones included) a model may have.</summary>
    public const int MaxReleasesPerModel = 500;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Vendor, string Id), MakerKey> _keys = [];
    private readonly Dictionary<string, StoredRelease> _releases = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Reason)> _setAside = [];
    private readonly FirmwareStore _store;
    private readonly FirmwareImages _images;
    private readonly FirmwareDownloads _downloads;
    private readonly FirmwareDownloadBaseUrl _baseUrl;
    private readonly TimeProvider _time;
    private readonly ILogger<FirmwareCatalog> _logger;

    public FirmwareCatalog(
        FirmwareStore store, FirmwareImages images, FirmwareDownloads downloads, FirmwareDownloadBaseUrl baseUrl,
        TimeProvider time, ILogger<FirmwareCatalog> logger)
    {
        _store = store;
        _images = images;
        _downloads = downloads;
        _baseUrl = baseUrl;
        _time = time;
        _logger = logger;
        Load();
    }

    /// <summary>
    /// Whether a release is in a rollout that is still running: set by the rollout engine; a withdrawal is refused (409)
    /// while it says so. Until it is set, nothing is.
    /// </summary>
    public Func<string, bool> HasActiveRollout { get; set; } = _ => false;

    /// <summary>Rows set aside at start: the release id and why.</summary>
    public IReadOnlyList<(string Id, string Reason)> SetAside
    {
        get
        {
            lock (_lock)
                return [.. _setAside];
        }
    }

    /// <summary>The release (offered, withdrawn or signed by a revoked key alike), or null.</summary>
    public FirmwareRelease? Find(string releaseId)
    {
        lock (_lock)
            return _releases.GetValueOrDefault(releaseId)?.Release;
    }

    /// <summary>Every release of <paramref name="model"/> the hub holds, lowest version first; <see cref="IsOffered"/> says which may be offered.</summary>
    public IReadOnlyList<FirmwareRelease> ForModel(string model)
    {
        lock (_lock)
            return [.. _releases.Values.Select(s => s.Release).Where(r => r.Model == model).OrderBy(r => Version(r.Version))];
    }

    /// <summary>Whether the release may be offered to devices: known, not withdrawn, its key not revoked.</summary>
    public bool IsOffered(string releaseId)
    {
        lock (_lock)
            return IsOfferedLocked(releaseId);
    }

    /// <summary>
    /// The absolute one-time download URL of the release's image for this device and job (the same URL when asked again
    /// while it lives): <c>{base}/ota/v1/{token}</c>. Throws <see cref="InvalidOperationException"/> when the release is
    /// not offered (check <see cref="IsOffered"/>) or Ota:MaxDownloadLinks links are alive.
    /// </summary>
    /// <summary>
    /// Makes the job's link live again without building its URL (at start, before the server knows its addresses): the
    /// link a device already holds works again. Throws like <see cref="CreateDownloadUrl"/>.
    /// </summary>
    public void RenewDownload(string releaseId, string deviceId, string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceId);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        if (!IsOffered(releaseId))
            throw new InvalidOperationException($"Release '{releaseId}' is not offered (unknown, withdrawn or its key revoked).");
        _downloads.Issue(releaseId, deviceId, jobId);
    }

    public string CreateDownloadUrl(string releaseId, string deviceId, string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceId);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        if (!IsOffered(releaseId))
            throw new InvalidOperationException($"Release '{releaseId}' is not offered (unknown, withdrawn or its key revoked).");
        return $"{_baseUrl.Value}/ota/v1/{_downloads.Issue(releaseId, deviceId, jobId)}";
    }

    /// <summary>Ends the download links of <paramref name="jobId"/> (the job succeeded, failed or was cancelled).</summary>
    public void EndDownloads(string jobId) => _downloads.End(jobId);

    /// <summary>The grant and image file a download token opens, or null: unknown or ended token, release no longer offered, image gone.</summary>
    public (DownloadGrant Grant, FirmwareRelease Release, string Path)? OpenDownload(string token)
    {
        if (_downloads.Resolve(token) is not { } grant)
            return null;
        lock (_lock)
        {
            if (!IsOfferedLocked(grant.ReleaseId))
                return null;
            var release = _releases[grant.ReleaseId].Release;
            return (grant, release, _images.PathOf(release.Sha256));
        }
    }

    public IReadOnlyList<MakerKey> Keys(string vendor)
    {
        lock (_lock)
            return [.. _keys.Values.Where(k => k.Vendor == vendor).OrderBy(k => k.Created)];
    }

    /// <summary>The vendor's key, revoked or not, or null.</summary>
    public MakerKey? Key(string vendor, string id)
    {
        lock (_lock)
            return _keys.GetValueOrDefault((vendor, id));
    }

    /// <summary>Registers a public key; null id: the next free <c>k1</c>, <c>k2</c>, …. The conflict's reason, or the key.</summary>
    public (MakerKey? Key, string? Conflict) AddKey(string vendor, string? id, byte[] publicKey)
    {
        lock (_lock)
        {
            var count = _keys.Keys.Count(k => k.Vendor == vendor);
            if (count >= MaxKeysPerVendor)
                return (null, $"'{vendor}' has {MaxKeysPerVendor} keys, the most a maker may register (revoked ones count)");
            if (id is null)
            {
                var n = count + 1;
                while (_keys.ContainsKey((vendor, $"k{n}")))
                    n++;
                id = $"k{n}";
            }
            else if (_keys.ContainsKey((vendor, id)))
            {
                return (null, $"'{vendor}' already has a key '{id}' (a key id is never reused, even once revoked)");
            }

            var fingerprint = MakerKeys.Fingerprint(publicKey);
            if (_keys.Values.FirstOrDefault(k => k.Vendor == vendor && k.Fingerprint == fingerprint) is { } same)
                return (null, $"this public key is already registered as '{same.Id}'");
            var key = new MakerKey(vendor, id, publicKey, fingerprint, _time.GetUtcNow(), null);
            _store.AddKey(key);
            _keys[(vendor, id)] = key;
            LogKeyAdded(_logger, vendor, id, fingerprint);
            return (key, null);
        }
    }

    /// <summary>Revokes the key (its releases are no longer offered); false when the vendor has no such key.</summary>
    public bool RevokeKey(string vendor, string id)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue((vendor, id), out var key))
                return false;
            if (key.Revoked is null)
            {
                var now = _time.GetUtcNow();
                _store.RevokeKey(vendor, id, now);
                _keys[(vendor, id)] = key with { Revoked = now };
                LogKeyRevoked(_logger, vendor, id);
            }

            return true;
        }
    }

    /// <summary>The vendor's releases (of <paramref name="model"/> when given), newest upload first.</summary>
    public IReadOnlyList<StoredRelease> Releases(string vendor, string? model = null)
    {
        lock (_lock)
        {
            return [.. _releases.Values.Where(s => s.Release.Vendor == vendor && (model is null || s.Release.Model == model))
                .OrderByDescending(s => s.Release.Uploaded).ThenByDescending(s => s.Release.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>The release as stored, or null.</summary>
    public StoredRelease? Stored(string releaseId)
    {
        lock (_lock)
            return _releases.GetValueOrDefault(releaseId);
    }

    /// <summary>The bytes of images kept: each image once.</summary>
    public long StoredBytes
    {
        get
        {
            lock (_lock)
                return StoredBytesLocked();
        }
    }

    /// <summary>Withdraws the release: never offered again, its image removed unless another release uses it.</summary>
    public FirmwareWithdrawOutcome Withdraw(string vendor, string releaseId)
    {
        lock (_lock)
        {
            if (!_releases.TryGetValue(releaseId, out var stored) || stored.Release.Vendor != vendor)
                return FirmwareWithdrawOutcome.NotFound;
            if (stored.Withdrawn is not null)
                return FirmwareWithdrawOutcome.Withdrawn;
            if (HasActiveRollout(releaseId))
                return FirmwareWithdrawOutcome.InActiveRollout;
            var now = _time.GetUtcNow();
            _store.Withdraw(releaseId, now);
            _releases[releaseId] = stored with { Withdrawn = now };
            var sha = stored.Release.Sha256;
            if (!_releases.Values.Any(s => s.Withdrawn is null && s.Release.Sha256 == sha))
                _images.Delete(sha);
            LogReleaseWithdrawn(_logger, releaseId, stored.Release.Model, stored.Release.Version);
            return FirmwareWithdrawOutcome.Withdrawn;
        }
    }

    /// <summary>
    /// Stores a release whose signature and image were verified (<see cref="FirmwareUploads"/>): the image at
    /// <paramref name="imageTempPath"/> moves into place and the row is written, or nothing happens and the reason comes back.
    /// </summary>
    public (FirmwareRelease? Release, FirmwareAddRefusal Refusal, string? Detail) Add(
        FirmwareReleaseDraft draft, string imageTempPath, string uploadedBy, long maxStoredBytes)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue((draft.Vendor, draft.KeyId), out var key) || key.Revoked is not null)
                return (null, FirmwareAddRefusal.KeyRevoked, $"key '{draft.KeyId}' was revoked meanwhile");
            var version = Version(draft.Version);
            var models = _releases.Values.Where(s => s.Release.Model == draft.Model).ToList();
            if (models.FirstOrDefault(s => Version(s.Release.Version).Equals(version)) is { } existing)
                return (null, FirmwareAddRefusal.VersionExists, $"'{draft.Model}' already has version {existing.Release.Version} (release '{existing.Release.Id}'{(existing.Withdrawn is null ? "" : ", withdrawn")}); a version is released once");
            if (models.Count >= MaxReleasesPerModel)
                return (null, FirmwareAddRefusal.TooMany, $"'{draft.Model}' has {MaxReleasesPerModel} releases, the most a model may have");
            var used = StoredBytesLocked();
            var shared = _releases.Values.Any(s => s.Withdrawn is null && s.Release.Sha256 == draft.Sha256);
            if (!shared && used + draft.Size > maxStoredBytes)
                return (null, FirmwareAddRefusal.StorageFull, $"the hub keeps at most {maxStoredBytes} bytes of images (Ota:MaxStoredBytes) and holds {used}");
            var release = new FirmwareRelease(
                "fw-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), draft.Model, draft.Version, draft.MinVersion,
                draft.Size, draft.Sha256, draft.Notes, draft.KeyId, draft.Signature, _time.GetUtcNow(), uploadedBy);
            _images.Commit(imageTempPath, release.Sha256);
            var stored = new StoredRelease(release, draft.ImageUrl, null);
            _store.AddRelease(stored);
            _releases[release.Id] = stored;
            LogReleaseAdded(_logger, release.Id, release.Model, release.Version, release.Size, draft.KeyId);
            return (release, FirmwareAddRefusal.None, null);
        }
    }

    private bool IsOfferedLocked(string releaseId) =>
        _releases.TryGetValue(releaseId, out var stored) && stored.Withdrawn is null
        && _keys.TryGetValue((stored.Release.Vendor, stored.Release.KeyId), out var key) && key.Revoked is null;

    private long StoredBytesLocked() =>
        _releases.Values.Where(s => s.Withdrawn is null).DistinctBy(s => s.Release.Sha256).Sum(s => s.Release.Size);

    private static FirmwareVersion Version(string text) => FirmwareVersion.TryParse(text, out var v) ? v : default;

    private void Load()
    {
        foreach (var key in _store.Keys())
            _keys[(key.Vendor, key.Id)] = key;
        foreach (var (id, stored, problem) in _store.Releases())
        {
            var reason = problem ?? (stored is null ? "unreadable" : Check(stored));
            if (reason is null)
            {
                _releases[id] = stored!;
                continue;
            }

            _setAside.Add((id, reason));
            LogReleaseSetAside(_logger, id, reason);
        }
    }

    private string? Check(StoredRelease stored)
    {
        var r = stored.Release;
        if (!FirmwareReleaseRules.IsReleaseId(r.Id))
            return "its id is not a release id";
        if (!FirmwareVersion.TryParse(r.Version, out var version))
            return $"its version '{r.Version}' is not a version";
        if (r.MinVersion is not null && (!FirmwareVersion.TryParse(r.MinVersion, out var min) || min >= version))
            return $"its minimum version '{r.MinVersion}' is not a version below {r.Version}";
        if (r.Size <= 0 || !FirmwareReleaseRules.IsSha256(r.Sha256))
            return "its size or SHA-256 is not valid";
        if (!_keys.TryGetValue((r.Vendor, r.KeyId), out var key))
            return $"its key '{r.KeyId}' is not registered for '{r.Vendor}'";
        if (MakerKeys.TryParseSignature(r.Signature) is not { } signature || !MakerKeys.Verify(key.PublicKey, FirmwareSignature.Statement(r), signature))
            return $"its signature does not verify with key '{r.KeyId}'";
        if (stored.Withdrawn is null && !_images.IsIntact(r.Sha256, r.Size))
            return $"its image {_images.PathOf(r.Sha256)} is missing, unreadable or not {r.Size} bytes";
        if (_releases.Values.Any(s => s.Release.Model == r.Model && FirmwareVersion.TryParse(s.Release.Version, out var v) && v.Equals(version)))
            return $"'{r.Model}' already has version {r.Version}";
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware key {Vendor}/{KeyId} registered ({Fingerprint})")]
    private static partial void LogKeyAdded(ILogger logger, string vendor, string keyId, string fingerprint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware key {Vendor}/{KeyId} revoked: its releases are no longer offered")]
    private static partial void LogKeyRevoked(ILogger logger, string vendor, string keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware release {ReleaseId} accepted: {Model} {Version}, {Size} bytes, signed with {KeyId}")]
    private static partial void LogReleaseAdded(ILogger logger, string releaseId, string model, string version, long size, string keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firmware release {ReleaseId} ({Model} {Version}) withdrawn")]
    private static partial void LogReleaseWithdrawn(ILogger logger, string releaseId, string model, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firmware release {ReleaseId} set aside at start: {Reason}; it is not offered (the row is kept in hub.db)")]
    private static partial void LogReleaseSetAside(ILogger logger, string releaseId, string reason);
}
