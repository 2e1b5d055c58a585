namespace AiotHub.Gateway.Voice;

/// <summary>
/// A token bucket per device: <see cref="VoiceListenerOptions.Burst"/> voice commands at once, refilled at
/// <see cref="VoiceListenerOptions.CommandsPerSecond"/>, so a device stuck in a loop cannot flood its home. The table
/// holds at most <see cref="MaxDevices"/> buckets: when full, buckets that have refilled (the same as a new one) are
/// forgotten first; a device that still finds no room is refused, and counted by the caller like any drop.
/// </summary>
internal sealed class VoiceCommandLimiter(double perSecond, int burst, TimeProvider time)
{
    public const int MaxDevices = 100_000;

    private readonly Lock _sync = new();
    private readonly Dictionary<string, (double Tokens, long At)> _buckets = new(StringComparer.Ordinal);

    public int TrackedDevices
    {
        get
        {
            lock (_sync)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>True when the device may speak now (a token is taken), false when it is over its rate.</summary>
    public bool TryTake(string deviceId)
    {
        var now = time.GetTimestamp();
        lock (_sync)
        {
            var tokens = _buckets.TryGetValue(deviceId, out var bucket) ? Refill(bucket, now) : burst;
            if (tokens < 1)
            {
                _buckets[deviceId] = (tokens, now);
                return false;
            }

            if (!_buckets.ContainsKey(deviceId) && _buckets.Count >= MaxDevices && !Prune(now))
                return false;
            _buckets[deviceId] = (tokens - 1, now);
            return true;
        }
    }

    private double Refill((double Tokens, long At) bucket, long now) =>
        Math.Min(burst, bucket.Tokens + (time.GetElapsedTime(bucket.At, now).TotalSeconds * perSecond));

    private bool Prune(long now)
    {
        foreach (var (id, bucket) in _buckets.ToList())
        {
            if (Refill(bucket, now) >= burst)
                _buckets.Remove(id);
        }

        return _buckets.Count < MaxDevices;
    }
}
