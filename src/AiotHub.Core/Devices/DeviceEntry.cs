using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>The registry's mutable record of one device; touched only under the registry's lock.</summary>
internal sealed class DeviceEntry(string id, string homeId, string model, DateTimeOffset firstSeen)
{
    public string Id { get; } = id;
    public string HomeId { get; set; } = homeId;
    public string? RoomId { get; set; }
    public string Model { get; set; } = model;
    public int? ProfileVersion { get; set; }
    public string Name { get; set; } = id;
    public List<string> Aliases { get; set; } = [];
    public string? Firmware { get; set; }
    public DeviceStatus Status { get; set; } = DeviceStatus.Pending;
    public string? PendingReason { get; set; }
    public DateTimeOffset FirstSeen { get; } = firstSeen;
    public DateTimeOffset? LastReport { get; set; }
    public DeviceAvailability Availability { get; set; } = DeviceAvailability.NeverSeen;
    public Dictionary<string, TwinProperty> Twin { get; } = new(StringComparer.Ordinal);

    /// <summary>The device last named members by number ("2.1"); commands are sent in the same form.</summary>
    public bool UsesIids { get; set; }

    public DeviceProfile? Profile { get; set; }

    /// <summary>Approved or placed in a room once: <see cref="DeviceStatus.Active"/> when its model is known, room or not.</summary>
    public bool Accepted { get; set; }

    /// <summary>A re-announced model or pinned version, held until approved or rejected.</summary>
    public PendingChange? Pending { get; set; }

    /// <summary>Grows by one each time the record (what <see cref="Persistence.DeviceStore.SaveDevice"/> writes) changes.</summary>
    public long Version { get; set; } = 1;
    public long InvalidValues { get; set; }
    public long InvalidEvents { get; set; }
    public long MalformedMessages { get; set; }
    public long UnknownReplies { get; set; }

    public Device ToDevice(DateTimeOffset now) => new(
        Id, HomeId, RoomId, Model, ProfileVersion, Profile?.Type, Name, [.. Aliases], Firmware, Status, PendingReason,
        FirstSeen, LastReport, Availability, new Dictionary<string, TwinProperty>(Twin, StringComparer.Ordinal),
        new DeviceCounters(InvalidValues, InvalidEvents, MalformedMessages, UnknownReplies),
        LastReport is { } last ? now - last : null, Version, Profile?.Version, Pending, Accepted);
}
