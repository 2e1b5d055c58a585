using AiotHub.Simulators.Devices;
using AiotHub.Simulators.Fleet;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// What the scale scenarios do to the simulated devices' side of firmware updates (<see cref="DeviceOta"/>): the
/// apply-failure fault, a connection lost mid-download, and whether a dropped device resumed its download (asked only
/// for the bytes it lacked, with Range) rather than starting it again.
/// </summary>
internal static class OtaFaults
{
    /// <summary>Every device's chance, per firmware job, that installing fails (-4303; it keeps its firmware).</summary>
    public static void SetApplyFailure(SimulatorFleet fleet, double probability)
    {
        foreach (var device in fleet.Devices)
            device.Faults.OtaApplyFailureProbability = probability;
    }

    /// <summary>Each device's image bytes and HTTP requests so far, before a rollout.</summary>
    public static IReadOnlyDictionary<string, (long Bytes, long Requests)> Counters(SimulatorFleet fleet) =>
        fleet.Devices.ToDictionary(d => d.Id, d => (d.Ota.BytesReceived, d.Ota.Requests), StringComparer.Ordinal);

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) for devices part-way through a download of this rollout's image and
    /// drops the connection of up to <paramref name="count"/> of them for two seconds (an abrupt disconnect, the last
    /// will sent); returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DropMidDownloadAsync(SimulatorFleet fleet, IReadOnlyDictionary<string, (long Bytes, long Requests)> before,
        long imageBytes, int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        var dropped = new List<string>();
        var until = DateTime.UtcNow + limit;
        while (dropped.Count < count && DateTime.UtcNow < until)
        {
            foreach (var device in fleet.Devices)
            {
                if (dropped.Count >= count)
                    break;
                var received = device.Ota.BytesReceived - before[device.Id].Bytes;
                if (device.Ota.Phase == OtaPhase.Downloading && received > 0 && received < imageBytes && !dropped.Contains(device.Id))
                {
                    device.GoOffline(TimeSpan.FromSeconds(2));
                    dropped.Add(device.Id);
                }
            }

            await Task.Delay(20, cancellationToken);
        }

        return dropped;
    }

    /// <summary>
    /// How many of the dropped devices resumed: they received exactly one image's bytes for this rollout (a restart would
    /// have received the first part twice) over more than one request.
    /// </summary>
    public static int Resumed(SimulatorFleet fleet, IReadOnlyDictionary<string, (long Bytes, long Requests)> before, IReadOnlyList<string> dropped, long imageBytes) =>
        dropped.Count(id => fleet.Find(id) is { } device
            && device.Ota.BytesReceived - before[id].Bytes == imageBytes
            && device.Ota.Requests - before[id].Requests >= 2);
}
