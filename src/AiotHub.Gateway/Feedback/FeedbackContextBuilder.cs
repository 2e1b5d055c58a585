using System.Text.Json;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>Takes the context snapshot a report carries (<see cref="FeedbackContext"/>) from the registry and the activity log.</summary>
internal sealed class FeedbackContextBuilder(DeviceRegistry registry, ActivityStore activity, TimeProvider time)
{
    /// <summary>The latest commands a report carries.</summary>
    public const int MaxCommands = 20;

    /// <summary>The latest availability changes a report carries.</summary>
    public const int MaxAvailability = 200;

    /// <summary>How far back the availability history reaches.</summary>
    public static readonly TimeSpan AvailabilityWindow = TimeSpan.FromDays(7);

    // The device's activity entries read to find its availability changes (most are property changes); past this the
    // oldest part of the window is left out rather than a report taking long.
    private const int MaxScanned = 100_000;

    public FeedbackContext Take(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var commands = registry.ListCommands(device.Id).Take(MaxCommands)
            .Select(c => new FeedbackCommand(c.Created, c.Kind, c.Status, c.Code, c.Latency is { } l ? Math.Round(l.TotalMilliseconds, 1) : null))
            .ToList();
        return new FeedbackContext(device.Model, device.Firmware, device.ActiveProfileVersion ?? device.ProfileVersion, commands,
            device.Availability.State, Availability(device), device.Counters);
    }

    private List<FeedbackAvailability> Availability(Device device)
    {
        var to = time.GetUtcNow();
        var from = to - AvailabilityWindow;
        var changes = new Queue<FeedbackAvailability>();
        long after = 0;
        for (var scanned = 0; scanned < MaxScanned;)
        {
            var entries = activity.Read(device.HomeId, from, to, after, 10_000, device.Id);
            if (entries.Count == 0)
                break;
            scanned += entries.Count;
            after = entries[^1].Id;
            foreach (var entry in entries)
            {
                if (entry.Kind != ActivityKind.Availability || entry.Value is not { ValueKind: JsonValueKind.True or JsonValueKind.False } value)
                    continue;
                changes.Enqueue(new FeedbackAvailability(entry.Time, value.GetBoolean()));
                if (changes.Count > MaxAvailability)
                    changes.Dequeue();
            }
        }

        return [.. changes.OrderBy(c => c.Time)];
    }
}
