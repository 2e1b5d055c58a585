using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>How long commands wait for a reply and how long they stay queryable.</summary>
public sealed class DeviceRegistryOptions
{
    /// <summary>docs/mqtt-protocol.md: no reply within this → timed-out.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Finished commands stay queryable this long…</summary>
    public TimeSpan CommandRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>…and at most this many per device (the newest win).</summary>
    public int MaxCommandsPerDevice { get; set; } = 100;

    /// <summary>The live event feed's history and per-listener limits.</summary>
    public HomeEventFeedOptions Events { get; set; } = new();
}
