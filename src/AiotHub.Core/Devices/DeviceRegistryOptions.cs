using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>How long commands wait for a reply and how long they stay queryable; how many devices may wait for a decision.</summary>
public sealed class DeviceRegistryOptions
{
    /// <summary>docs/mqtt-protocol.md: no reply within this → timed-out.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Finished commands stay queryable this long…</summary>
    public TimeSpan CommandRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>…and at most this many per device (the newest win).</summary>
    public int MaxCommandsPerDevice { get; set; } = 100;

    /// <summary>
    /// At most this many entries on the pending lists (new devices, unknown models, held changes), all
    /// homes together: beyond it an announce that would add one is dropped and counted
    /// (<see cref="DeviceRegistry.RefusedAnnouncements"/>), so strangers cannot grow the list without bound.
    /// </summary>
    public int MaxPendingDevices { get; set; } = 10_000;

    /// <summary>
    /// At most this many accepted commands wait in <see cref="DeviceRegistry.Outbox"/> for the edge to send them; a
    /// command beyond it is refused (<see cref="CommandResult.QueueFull"/>) and counted
    /// (<see cref="DeviceRegistry.RefusedCommands"/>). The edge sends in-process in microseconds, so a full outbox
    /// means it is stuck or far behind: refusing says so at once rather than letting commands time out after waiting.
    /// </summary>
    public int MaxQueuedCommands { get; set; } = 10_000;

    /// <summary>The live event feed's history and per-listener limits.</summary>
    public HomeEventFeedOptions Events { get; set; } = new();
}
