using AiotHub.Simulators.Fleet;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// What the scale scenarios do to the simulated devices' OTA (simulators, ota-device's part): the apply-failure fault,
/// a connection lost mid-download, and whether a dropped device resumed its download rather than starting again.
/// </summary>
internal static class OtaFaults
{
    public static void SetApplyFailure(SimulatorFleet fleet, double probability) =>
        throw new NotSupportedException("the simulators' OTA faults are not merged yet (branch ota-device)");

    public static Task<IReadOnlyList<string>> DropMidDownloadAsync(SimulatorFleet fleet, int count, TimeSpan limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the simulators' OTA is not merged yet (branch ota-device)");

    public static int Resumed(SimulatorFleet fleet, IReadOnlyList<string> dropped) =>
        throw new NotSupportedException("the simulators' OTA is not merged yet (branch ota-device)");
}
