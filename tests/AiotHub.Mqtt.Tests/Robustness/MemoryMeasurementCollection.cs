namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Tests that measure the process's memory run alone: GC counters are process-wide, and other
/// tests running in parallel would add their allocations to the measurement.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasurementCollection), DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
