using System.Globalization;
using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>
/// The pending lists: new devices, devices of unknown models, and changes a device announced that
/// are held for a decision (docs/api.md "Pending devices"). Approving applies a held change (or takes
/// a new device into the home); rejecting drops it (or removes a device nobody took in).
/// </summary>
public sealed partial class DeviceRegistry
{
    /// <summary>The home's devices that wait for a decision, oldest first.</summary>
    public IReadOnlyList<PendingDevice> ListPending(string homeId)
    {
        lock (_sync)
        {
            return [.. _devices.Values
                .Where(d => d.HomeId == homeId && IsPending(d))
                .Select(ToPending)
                .OrderBy(p => p.Since)
                .ThenBy(p => p.DeviceId, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Applies the device's held change (model, pinned version and firmware as announced) or, for a
    /// new device, takes it into the home; either way the device is accepted, and is named and placed
    /// in <paramref name="roomId"/> when given. Raises device-updated and device-approved. A device
    /// whose model is unknown cannot be approved (<see cref="DeviceDecisionOutcome.ModelUnknown"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The room does not exist or is in another home, or the name is not a display name.</exception>
    public DeviceDecisionResult ApproveDevice(string homeId, string deviceId, string? roomId = null, string? name = null, Func<long, bool>? precondition = null)
    {
        var cleanName = string.IsNullOrWhiteSpace(name) ? null : CheckName(name);
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (!_devices.TryGetValue(deviceId, out var device) || device.HomeId != homeId)
                    return new DeviceDecisionResult(DeviceDecisionOutcome.NotFound, null);
                if (precondition is not null && !precondition(device.Version))
                    return new DeviceDecisionResult(DeviceDecisionOutcome.PreconditionFailed, device.ToDevice(now));
                if (roomId is not null && (!_rooms.TryGetValue(roomId, out var room) || room.HomeId != device.HomeId))
                    throw new ArgumentException($"room '{roomId}' is not a room of home '{device.HomeId}'", nameof(roomId));

                string reason;
                if (device.Pending is { } change)
                {
                    reason = change.Reason;
                    device.Model = change.Model;
                    device.ProfileVersion = change.ProfileVersion;
                    device.Firmware = change.Firmware;
                    device.Pending = null;
                }
                else if (device.Status == DeviceStatus.New)
                {
                    reason = NewDeviceReason;
                }
                else
                {
                    var outcome = device.Status == DeviceStatus.Pending ? DeviceDecisionOutcome.ModelUnknown : DeviceDecisionOutcome.NothingPending;
                    return new DeviceDecisionResult(outcome, device.ToDevice(now));
                }

                device.Accepted = true;
                if (cleanName is not null)
                    device.Name = cleanName;
                if (roomId is not null)
                    device.RoomId = roomId;
                Resolve(device);
                device.Version++;
                var snapshot = device.ToDevice(now);
                _store?.SaveDevice(snapshot);
                RaiseLocked(device, DeviceUpdated.From(snapshot), now);
                RaiseLocked(device, new DeviceApproved(device.Id, device.Name, device.Model, device.ProfileVersion, reason), now);
                return new DeviceDecisionResult(DeviceDecisionOutcome.Applied, snapshot, Reason: reason);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>
    /// Drops the device's held change (it keeps its model) or, for a new or unknown-model device
    /// nobody took in, removes it with its history (<see cref="DeviceDecisionResult.Removal"/>: the
    /// caller clears what lives outside the registry — recorded telemetry, retained MQTT messages).
    /// Raises device-rejected (and device-removed).
    /// </summary>
    public DeviceDecisionResult RejectDevice(string homeId, string deviceId, Func<long, bool>? precondition = null)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (!_devices.TryGetValue(deviceId, out var device) || device.HomeId != homeId)
                    return new DeviceDecisionResult(DeviceDecisionOutcome.NotFound, null);
                if (precondition is not null && !precondition(device.Version))
                    return new DeviceDecisionResult(DeviceDecisionOutcome.PreconditionFailed, device.ToDevice(now));

                if (device.Pending is { } change)
                {
                    device.Pending = null;
                    device.Version++;
                    var snapshot = device.ToDevice(now);
                    _store?.SaveDevice(snapshot);
                    RaiseLocked(device,
                        new DeviceRejected(device.Id, device.Name, device.Model, device.ProfileVersion, change.Reason, false), now);
                    return new DeviceDecisionResult(DeviceDecisionOutcome.Applied, snapshot, Reason: change.Reason);
                }

                if (device.Status == DeviceStatus.Active)
                    return new DeviceDecisionResult(DeviceDecisionOutcome.NothingPending, device.ToDevice(now));

                var reason = device.Status == DeviceStatus.New ? NewDeviceReason : device.PendingReason ?? "unknown model";
                RaiseLocked(device,
                    new DeviceRejected(device.Id, device.Name, device.Model, device.ProfileVersion, reason, true), now);
                return new DeviceDecisionResult(DeviceDecisionOutcome.Applied, null, RemoveLocked(device, DeviceHistory.Purge, now), reason);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    private const string NewDeviceReason = "new device";

    /// <summary>On a pending list: a held change, a new device, or an unknown model.</summary>
    private static bool IsPending(DeviceEntry device) => device.Pending is not null || device.Status != DeviceStatus.Active;

    /// <summary>Whether one more may wait; counts only when the hub holds that many devices at all.</summary>
    private bool PendingListFullLocked() => _devices.Count >= _options.MaxPendingDevices && _devices.Values.Count(IsPending) >= _options.MaxPendingDevices;

    private static PendingDevice ToPending(DeviceEntry device) => device.Pending is { } change
        ? new PendingDevice(device.Id, device.Name, PendingDeviceKind.Change, device.Model, device.ProfileVersion, change.Reason, change.Since, change, device.Version)
        : device.Status == DeviceStatus.New
            ? new PendingDevice(device.Id, device.Name, PendingDeviceKind.New, device.Model, device.ProfileVersion, NewDeviceReason, device.FirstSeen, null, device.Version)
            : new PendingDevice(device.Id, device.Name, PendingDeviceKind.UnknownModel, device.Model, device.ProfileVersion,
                device.PendingReason ?? "unknown model", device.FirstSeen, null, device.Version);

    /// <summary>
    /// A re-announce with another model or pinned version: held as the device's pending change (the
    /// latest such announce replaces an earlier one). False when nothing new was held — the same change
    /// again, or the pending lists are full (counted).
    /// </summary>
    private bool HoldChangeLocked(DeviceEntry device, DeviceAnnouncement announcement, DateTimeOffset now)
    {
        if (device.Pending is { } held && held.Model == announcement.Model && held.ProfileVersion == announcement.ProfileVersion
            && held.Firmware == announcement.Firmware)
            return false;
        if (!IsPending(device) && PendingListFullLocked())
        {
            Interlocked.Increment(ref _refusedAnnouncements);
            return false;
        }

        var reason = device.Model != announcement.Model
            ? $"model changed from {device.Model} to {announcement.Model}"
            : $"profile version changed from {Describe(device.ProfileVersion)} to {Describe(announcement.ProfileVersion)}";
        device.Pending = new PendingChange(announcement.Model, announcement.ProfileVersion, announcement.Firmware, reason, now);
        return true;

        // No pinned version: the device uses the one its home accepted.
        static string Describe(int? version) => version is { } v ? v.ToString(CultureInfo.InvariantCulture) : "the home's";
    }
}
