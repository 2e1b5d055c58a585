using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The one-time download links of docs/ota.md "Downloads": a token of 256 bits (an HMAC of release, device and job under
/// a key kept beside the images, <see cref="DownloadLinkKey"/>, so asking again for the same job gives the same link,
/// also after a restart — the rollout engine issues its in-flight jobs' links again at start), bound to one device, one release and one job, alive until the job ends or
/// Ota:DownloadLinkLifetime passes. Only the token's SHA-256 is kept. At most Ota:MaxDownloadLinks live at once.
/// </summary>
internal sealed class FirmwareDownloads(DownloadLinkKey key, TimeProvider time, IOptions<OtaOptions> options)
{
    private readonly byte[] _key = key.Bytes;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DownloadGrant> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byJob = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_lock)
                return _byHash.Count;
        }
    }

    /// <summary>The token for this release, device and job (the same one while it lives). Throws when Ota:MaxDownloadLinks are alive.</summary>
    public string Issue(string releaseId, string deviceId, string jobId)
    {
        var token = Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{releaseId}\n{deviceId}\n{jobId}")));
        var hash = Hash(token);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_byHash.TryGetValue(hash, out var grant) && grant.Expires > now)
                return token;
            if (_byHash.Count >= options.Value.MaxDownloadLinks)
                Prune(now);
            if (_byHash.Count >= options.Value.MaxDownloadLinks)
                throw new InvalidOperationException($"{options.Value.MaxDownloadLinks} download links are alive (Ota:MaxDownloadLinks); end finished jobs first.");
            _byHash[hash] = new DownloadGrant(releaseId, deviceId, jobId, now + options.Value.DownloadLinkLifetime);
            if (!_byJob.TryGetValue(jobId, out var hashes))
                _byJob[jobId] = hashes = new HashSet<string>(StringComparer.Ordinal);
            hashes.Add(hash);
        }

        return token;
    }

    /// <summary>The live grant of <paramref name="token"/>, or null (unknown, ended or expired).</summary>
    public DownloadGrant? Resolve(string token)
    {
        if (token.Length is < 16 or > 128)
            return null;
        var hash = Hash(token);
        lock (_lock)
            return _byHash.TryGetValue(hash, out var grant) && grant.Expires > time.GetUtcNow() ? grant : null;
    }

    /// <summary>Ends every link of <paramref name="jobId"/>.</summary>
    public void End(string jobId)
    {
        lock (_lock)
        {
            if (!_byJob.Remove(jobId, out var hashes))
                return;
            foreach (var hash in hashes)
                _byHash.Remove(hash);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (hash, grant) in _byHash.Where(p => p.Value.Expires <= now).ToList())
        {
            _byHash.Remove(hash);
            if (_byJob.TryGetValue(grant.JobId, out var hashes) && hashes.Remove(hash) && hashes.Count == 0)
                _byJob.Remove(grant.JobId);
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
