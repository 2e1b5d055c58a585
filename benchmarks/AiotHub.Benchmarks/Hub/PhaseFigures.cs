namespace AiotHub.Benchmarks.Hub;

/// <summary>What <see cref="HubSampler"/> saw during one phase: peak resident memory and the health checks' latencies (ms).</summary>
internal sealed record PhaseFigures(long PeakBytes, double HealthP50, double HealthP99, double HealthMax, int HealthSamples, int HealthFailures);
