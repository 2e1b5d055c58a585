using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// Every device's MQTT credentials, in memory for the broker's Authenticate callback (lookups only) and in
/// hub.db (<see cref="DeviceCredentialStore"/>). A secret is 32 random bytes shown once as base64url; only its
/// SHA-256 is kept, compared in fixed time. Ids are matched without regard to case when asking whether an id is
/// taken, so <c>LAMP-1</c> cannot pose as <c>lamp-1</c>; an identity is always the exact id. Last-connected
/// times are written at most once a minute per device (or when the address changes), in batches, off the
/// connect path.
/// </summary>
internal sealed partial class DeviceCredentials : IDisposable
{
    private static readonly TimeSpan LastConnectedResolution = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);
    private static readonly byte[] s_unknownDigest = SHA256.HashData("\0unknown device\0"u8);

    private readonly DeviceCredentialStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, DeviceCredential> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private readonly HashSet<string> _dirty = new(StringComparer.OrdinalIgnoreCase);
    private readonly ITimer _flushTimer;

    public DeviceCredentials(DeviceCredentialStore store, TimeProvider time, ILogger<DeviceCredentials> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        foreach (var credential in store.Load())
            _byId[credential.DeviceId] = credential;
        _flushTimer = time.CreateTimer(_ => Flush(), null, FlushInterval, FlushInterval);
    }

    public int Count => _byId.Count;

    /// <summary>The credential of exactly this id, or null.</summary>
    public DeviceCredential? Get(string deviceId) =>
        _byId.TryGetValue(deviceId, out var credential) && credential.DeviceId == deviceId ? credential : null;

    public IReadOnlyList<DeviceCredential> List() => [.. _byId.Values];

    /// <summary>Whether the id (in any case) has credentials, revoked ones included: nobody else may use it.</summary>
    public bool IsClaimed(string deviceId) => _byId.ContainsKey(deviceId);

    /// <summary>The device a user name and secret authenticate, or null (unknown, wrong secret, revoked).</summary>
    public string? Verify(string userName, ReadOnlySpan<byte> password)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(password, digest);
        var found = _byId.TryGetValue(userName, out var credential) && credential.DeviceId == userName;
        // An unknown device costs what a wrong secret does.
        var matches = CryptographicOperations.FixedTimeEquals(digest, found ? credential!.SecretHash : s_unknownDigest);
        return found && matches && !credential!.IsRevoked ? credential.DeviceId : null;
    }

    /// <summary>Whether <paramref name="thumbprint"/> is the current, unrevoked certificate of the device.</summary>
    public bool AcceptsCertificate(string deviceId, string thumbprint) =>
        Get(deviceId) is { IsRevoked: false, CertificateThumbprint: { } current } &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current), Encoding.ASCII.GetBytes(thumbprint));

    /// <summary>Notes a successful connect; written behind, at most once a minute per device unless the address changed.</summary>
    public void RecordConnect(string deviceId, string? address)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (Get(deviceId) is not { } credential)
                return;
            if (credential.LastConnected is { } last && now - last < LastConnectedResolution && credential.LastAddress == address)
                return;
            _byId[deviceId] = credential with { LastConnected = now, LastAddress = address };
            _dirty.Add(deviceId);
        }
    }

    /// <summary>
    /// New credentials for each request (replacing any earlier ones of the same device, revoked or not), written
    /// before returning. Returns the secrets in the requests' order: the only time anyone sees them.
    /// </summary>
    public IReadOnlyList<string> Issue(IReadOnlyList<DeviceCredentialRequest> requests, DeviceCredentialOrigin origin)
    {
        var now = _time.GetUtcNow();
        var secrets = new string[requests.Count];
        var issued = new DeviceCredential[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            secrets[i] = NewSecret();
            issued[i] = new DeviceCredential(r.DeviceId, r.HomeId, r.RoomId, r.Name, Hash(secrets[i]), r.CertificateThumbprint, r.CertificateExpires,
                origin, now, null, null, null, null);
        }

        lock (_lock)
        {
            _store.Save(issued);
            foreach (var credential in issued)
            {
                // Another case of the same id gives way: the caller checked that it belongs to the same device.
                _byId.TryRemove(credential.DeviceId, out _);
                _byId[credential.DeviceId] = credential;
            }
        }

        return secrets;
    }

    /// <summary>A new secret for the device (the old one, and any certificate, refused from now on); null when it has no unrevoked credentials.</summary>
    public string? Rotate(string deviceId)
    {
        var secret = NewSecret();
        lock (_lock)
        {
            if (Get(deviceId) is not { IsRevoked: false } credential)
                return null;
            var rotated = credential with { SecretHash = Hash(secret), CertificateThumbprint = null, CertificateExpires = null, Rotated = _time.GetUtcNow() };
            _store.Save([rotated]);
            _byId[deviceId] = rotated;
        }

        return secret;
    }

    /// <summary>Revokes the device's credentials (kept, marked, so its id stays claimed); false when it has none or they already are.</summary>
    public bool Revoke(string deviceId)
    {
        lock (_lock)
        {
            if (Get(deviceId) is not { IsRevoked: false } credential)
                return false;
            var revoked = credential with { Revoked = _time.GetUtcNow() };
            _store.Save([revoked]);
            _byId[deviceId] = revoked;
            return true;
        }
    }

    public void Dispose()
    {
        _flushTimer.Dispose();
        Flush();
    }

    internal static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private void Flush()
    {
        List<DeviceCredential> batch;
        lock (_lock)
        {
            if (_dirty.Count == 0)
                return;
            batch = [.. _dirty.Select(Get).OfType<DeviceCredential>()];
            _dirty.Clear();
            try
            {
                _store.Save(batch);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                // A hint for the device page, not an audit log: the next connect writes it again.
                LogFlushFailed(_logger, e, batch.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record when {Count} devices last connected")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int count);
}
