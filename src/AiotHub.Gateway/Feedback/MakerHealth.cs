using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// The health of a vendor's models per firmware version over every device of the hub: devices and availability now,
/// commands of the last <see cref="Window"/> (each device's counted from when it started running its firmware, if
/// later), bad-input counters and report counts. Nothing names a home or a device.
/// </summary>
internal sealed class MakerHealth(DeviceRegistry registry, DeviceHealthReader reader, FirmwareChanges changes, FeedbackStore store, TimeProvider time)
{
    /// <summary>How far back commands count: the registry's default command retention.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public MakerHealthResponse Read(string vendor, string? model)
    {
        changes.Catch();
        var since = time.GetUtcNow() - Window;
        var reports = store.CountByFirmware(vendor, model);
        var groups = registry.ListDevices()
            .Where(d => model is null ? ProfileCatalog.VendorOf(d.Model) == vendor : d.Model == model)
            .GroupBy(d => (d.Model, d.Firmware))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var key in reports.Keys.Where(k => !groups.ContainsKey(k)))
            groups[key] = [];

        var versions = groups
            .Select(g => Health(g.Key.Model, g.Key.Firmware, g.Value, since, reports.GetValueOrDefault(g.Key)))
            .OrderBy(h => h.Model, StringComparer.Ordinal)
            .ThenByDescending(h => FirmwareVersion.TryParse(h.Firmware, out var v) ? v : default)
            .ThenBy(h => h.Firmware, StringComparer.Ordinal)
            .ToList();
        return new MakerHealthResponse(vendor, since, versions);
    }

    private FirmwareHealth Health(string model, string? firmware, List<Device> devices, DateTimeOffset since, int reports)
    {
        var online = devices.Count(d => d.Availability.State == AvailabilityState.Online);
        var offline = devices.Count(d => d.Availability.State == AvailabilityState.Offline);
        var commands = reader.Commands(devices.Select(d => (d.Id, Max(since, changes.Since(d.Id)))));
        var malformed = new DeviceCounters(
            devices.Sum(d => d.Counters.InvalidValues), devices.Sum(d => d.Counters.InvalidEvents),
            devices.Sum(d => d.Counters.MalformedMessages), devices.Sum(d => d.Counters.UnknownReplies));
        return new FirmwareHealth(model, firmware, devices.Count, online, offline,
            online + offline == 0 ? null : Math.Round((double)offline / (online + offline), 4),
            FirmwareCommandHealth.From(commands), malformed, reports);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
