namespace AiotHub.Benchmarks.Hub;

/// <summary>A probe device of the latency benchmarks: <see cref="ProbeDevice"/> (our MqttClient) or <see cref="RawProbeDevice"/>.</summary>
internal interface IProbeDevice : IAsyncDisposable
{
    /// <summary>Sets received so far.</summary>
    long SetsReceived { get; }

    /// <summary>Stopwatch timestamp at which the newest of its own property reports came back from the broker.</summary>
    long LastEchoTimestamp { get; }

    /// <summary>Stopwatch timestamp of the newest set, 0 before the first.</summary>
    long LastSetTimestamp { get; }

    /// <summary>Publishes one property report at QoS 0; returns the Stopwatch timestamp just before the write.</summary>
    Task<long> ReportAsync(string valuesJson, CancellationToken cancellationToken);
}
