namespace AiotHub.Benchmarks.Load;

/// <summary>One figure a scenario measured against one broker.</summary>
internal sealed record Measurement(string Metric, double Value, string Unit, bool HigherIsBetter, string Detail = "");

/// <summary>A load scenario, run the same way against every broker.</summary>
internal abstract class LoadScenario
{
    public abstract string Name { get; }

    /// <summary>What `load --only` matches (case-insensitive substring).</summary>
    public virtual string Key => GetType().Name;

    /// <summary>What the issue asks of AiotHub relative to Mosquitto, e.g. "≥ 1.5×".</summary>
    public abstract string Target { get; }

    /// <summary>The target when the broker is pinned to one core, where the issue asks less.</summary>
    public virtual string PinnedTarget => Target;

    public abstract Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="measure"/> for <paramref name="duration"/> after a warm-up, returning the counter's rate and the broker's CPU use.</summary>
    protected static async Task<(double PerSecond, double BrokerCores)> MeasureRateAsync(BrokerProcess broker, Func<long> counter,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var cpu0 = broker.CpuTime();
        var count0 = counter();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await Task.Delay(duration, cancellationToken);
        var count1 = counter();
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var cpu1 = broker.CpuTime();
        return ((count1 - count0) / elapsed.TotalSeconds, (cpu1 - cpu0) / elapsed);
    }

    protected static async Task<LoadConnection[]> ConnectManyAsync(BrokerProcess broker, int count, string prefix,
        int parallelism, CancellationToken cancellationToken)
    {
        var connections = new LoadConnection[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) => connections[i] = await LoadConnection.ConnectAsync(broker.EndPoint, $"{prefix}-{i}", ct));
        return connections;
    }

    protected static async Task DisposeAllAsync(IEnumerable<LoadConnection> connections)
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
