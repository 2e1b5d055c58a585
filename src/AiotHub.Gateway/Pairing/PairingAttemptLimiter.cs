using System.Net;

namespace AiotHub.Gateway.Pairing;

/// <summary>
/// Wrong pairing codes counted per remote address: after <see cref="MaxFailures"/> within a minute the address is
/// refused for a minute (docs/security.md "Pairing"). At most <see cref="MaxAddresses"/> addresses are remembered;
/// when full, the one whose window started longest ago is forgotten — an attacker with many addresses gains
/// nothing from that, since each of its addresses starts with a clean count anyway.
/// </summary>
internal sealed class PairingAttemptLimiter(TimeProvider time)
{
    public const int MaxFailures = 5;
    public const int MaxAddresses = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BlockDuration = TimeSpan.FromMinutes(1);

    private readonly Dictionary<IPAddress, Entry> _entries = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool IsBlocked(IPAddress address)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            return _entries.TryGetValue(Normalize(address), out var entry) && entry.BlockedUntil > now;
        }
    }

    public void Fail(IPAddress address)
    {
        var now = time.GetUtcNow();
        address = Normalize(address);
        lock (_lock)
        {
            if (!_entries.TryGetValue(address, out var entry) || now - entry.WindowStart >= Window && entry.BlockedUntil <= now)
            {
                if (!_entries.ContainsKey(address) && _entries.Count >= MaxAddresses)
                    Evict(now);
                entry = new Entry(now, 0, DateTimeOffset.MinValue);
            }

            var failures = entry.Failures + 1;
            _entries[address] = failures >= MaxFailures
                ? new Entry(now, 0, now + BlockDuration)
                : entry with { Failures = failures };
        }
    }

    private void Evict(DateTimeOffset now)
    {
        var stale = _entries.Where(e => now - e.Value.WindowStart >= Window && e.Value.BlockedUntil <= now).Select(e => e.Key).ToList();
        foreach (var key in stale)
            _entries.Remove(key);
        if (_entries.Count >= MaxAddresses)
            _entries.Remove(_entries.MinBy(e => e.Value.WindowStart).Key);
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private readonly record struct Entry(DateTimeOffset WindowStart, int Failures, DateTimeOffset BlockedUntil);
}
