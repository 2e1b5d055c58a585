namespace AiotHub.Gateway.Metrics;

/// <summary>
/// One read of a module's status per scrape. .NET's observable instruments are called back one by one, so an area
/// whose figures come from one status method (the device link's, the telemetry's — the same that /healthz shows)
/// would read it once per instrument; instead its instruments share the snapshot taken at most once per
/// <see cref="Lifetime"/>. A scrape then costs one status read per area, like one /healthz call.
/// </summary>
internal sealed class ScrapeSnapshot<T>(Func<T> read, TimeProvider time)
{
    /// <summary>Longer than one scrape's callbacks take, far shorter than any scrape interval.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMilliseconds(100);

    private readonly Lock _sync = new();
    private T _value = default!;
    private bool _taken;
    private long _takenAt;

    public T Value
    {
        get
        {
            lock (_sync)
            {
                if (!_taken || time.GetElapsedTime(_takenAt) >= Lifetime)
                {
                    _value = read();
                    _taken = true;
                    _takenAt = time.GetTimestamp();
                }

                return _value;
            }
        }
    }
}
