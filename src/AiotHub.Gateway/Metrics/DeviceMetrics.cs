using System.Diagnostics.Metrics;
using AiotHub.Gateway.Devices;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The meter <c>AiotHub.Devices</c>: the devices the hub knows and what its device link has taken from the bus, read
/// from the link's status (/healthz's "devices") once per scrape.
/// </summary>
internal sealed class DeviceMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Devices";

    public DeviceMetrics(IMeterFactory meters, ScrapeSnapshot<DevicesStatus> status)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("aiothub.devices", () => status.Value.Known, "{device}", "Devices the hub knows, in every home, pending ones included.");
        meter.CreateObservableUpDownCounter("aiothub.devices.online", () => status.Value.Online, "{device}", "Devices online now.");
        meter.CreateObservableUpDownCounter("aiothub.devices.pending", () => status.Value.Pending, "{device}",
            "Devices waiting for approval (new, unknown model, a held model change).");
        meter.CreateObservableGauge("aiothub.devices.link.connected", () => status.Value.BridgeConnected ? 1 : 0, "1",
            "1 while the hub's own device link is connected to the bus, else 0.");
        meter.CreateObservableCounter("aiothub.devices.messages", () => status.Value.MessagesIn, "{message}", "Device messages the device link has handled.");
        meter.CreateObservableCounter("aiothub.devices.messages.malformed", () => status.Value.MalformedMessages, "{message}",
            "Device messages refused as malformed (not a JSON object, over 64 KiB, missing fields, an unknown topic).");
        meter.CreateObservableCounter("aiothub.devices.announcements.refused", () => status.Value.RefusedAnnouncements, "{message}",
            "Announcements dropped because the pending lists were full (Devices:MaxPendingDevices).");
        meter.CreateObservableCounter("aiothub.devices.reports.duplicate", () => status.Value.DuplicateReports, "{value}",
            "Reported values dropped as redeliveries: same property, value and device timestamp as the twin's newest.");
    }

    // Hosted only so that the instruments exist from the start; they read their module when scraped.
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
