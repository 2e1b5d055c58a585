using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Gateway.Pairing;

/// <summary>
/// The open pairing codes (docs/security.md "Pairing a device"): 10 random digits, valid <see cref="Lifetime"/>,
/// used once, kept only as their SHA-256 and only in memory (a restart cancels them: start again from the app).
/// At most <see cref="MaxOpenPerHome"/> per home and <see cref="MaxOpen"/> in all. A pairing client presents a
/// code at CONNECT (<see cref="Present"/>, which remembers which code that client id came with) and the hub
/// takes it when the client's request arrives (<see cref="Take"/>).
/// </summary>
internal sealed class PairingCodes(TimeProvider time)
{
    public const int MaxOpenPerHome = 20;
    public const int MaxOpen = 1000;
    public const int Digits = 10;

    /// <summary>Pairing clients remembered at once (several may try one code under different ids).</summary>
    public const int MaxClients = 10 * MaxOpen;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, PairingCode> _byHash = new(StringComparer.Ordinal);
    // Pairing client id → the hash of the code it connected with; an entry lives as long as its code.
    private readonly Dictionary<string, string> _clients = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A new code, or null when the home (or the hub) has too many open.</summary>
    public (PairingCode Pairing, string Code)? Create(string homeId, string? roomId, string? name, string? deviceId)
    {
        var code = string.Create(CultureInfo.InvariantCulture,
            $"{RandomNumberGenerator.GetInt32(100_000):D5}{RandomNumberGenerator.GetInt32(100_000):D5}");
        var now = time.GetUtcNow();
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(code));
        var pairing = new PairingCode("pair_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)),
            homeId, roomId, name, deviceId, now, now + Lifetime, hash);
        lock (_lock)
        {
            PruneLocked(now);
            if (_byHash.Count >= MaxOpen || _byHash.Values.Count(p => p.HomeId == homeId) >= MaxOpenPerHome)
                return null;
            // 10^10 codes: a collision with one of at most 1,000 open ones is a one-in-ten-million event; draw again then.
            if (!_byHash.TryAdd(Convert.ToHexString(hash), pairing))
                return Create(homeId, roomId, name, deviceId);
        }

        return (pairing, code);
    }

    /// <summary>The home's open codes, oldest first.</summary>
    public IReadOnlyList<PairingCode> List(string homeId)
    {
        lock (_lock)
        {
            PruneLocked(time.GetUtcNow());
            return [.. _byHash.Values.Where(p => p.HomeId == homeId).OrderBy(p => p.Created).ThenBy(p => p.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>Cancels an open code of the home; false if there is none with that id.</summary>
    public bool Cancel(string homeId, string id)
    {
        lock (_lock)
        {
            var entry = _byHash.FirstOrDefault(p => p.Value.Id == id && p.Value.HomeId == homeId);
            if (entry.Value is null)
                return false;
            RemoveLocked(entry.Key);
            return true;
        }
    }

    /// <summary>
    /// At CONNECT: whether <paramref name="password"/> is an open code (digits, spaces and dashes ignored) that
    /// <paramref name="clientId"/> may use (any id, or exactly the device it re-pairs). Remembers the pair.
    /// </summary>
    public bool Present(ReadOnlySpan<byte> password, string clientId)
    {
        Span<byte> digits = stackalloc byte[Digits];
        var count = 0;
        foreach (var b in password)
        {
            if (b is (byte)' ' or (byte)'-')
                continue;
            if (b is < (byte)'0' or > (byte)'9' || count == Digits)
                return false;
            digits[count++] = b;
        }

        if (count != Digits)
            return false;
        var key = Convert.ToHexString(SHA256.HashData(digits));
        lock (_lock)
        {
            PruneLocked(time.GetUtcNow());
            if (!_byHash.TryGetValue(key, out var pairing) || (pairing.DeviceId is { } only && only != clientId))
                return false;
            if (!_clients.ContainsKey(clientId) && _clients.Count >= MaxClients)
                return false;
            _clients[clientId] = key;
            return true;
        }
    }

    /// <summary>The open code <paramref name="clientId"/> connected with, still open; null if none.</summary>
    public PairingCode? Find(string clientId)
    {
        lock (_lock)
        {
            PruneLocked(time.GetUtcNow());
            return _clients.TryGetValue(clientId, out var key) && _byHash.TryGetValue(key, out var pairing) ? pairing : null;
        }
    }

    /// <summary>Uses up <paramref name="pairing"/> (once: false if it was used, cancelled or expired meanwhile).</summary>
    public bool Take(PairingCode pairing)
    {
        lock (_lock)
        {
            PruneLocked(time.GetUtcNow());
            var key = Convert.ToHexString(pairing.Hash);
            if (!_byHash.TryGetValue(key, out var current) || !ReferenceEquals(current, pairing))
                return false;
            RemoveLocked(key);
            return true;
        }
    }

    private void PruneLocked(DateTimeOffset now)
    {
        foreach (var key in _byHash.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList())
            RemoveLocked(key);
    }

    private void RemoveLocked(string key)
    {
        _byHash.Remove(key);
        foreach (var client in _clients.Where(c => c.Value == key).Select(c => c.Key).ToList())
            _clients.Remove(client);
    }
}
