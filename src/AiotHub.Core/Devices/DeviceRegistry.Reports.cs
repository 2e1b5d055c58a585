using System.Text.Json;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>What devices say (docs/mqtt-protocol.md "Device → hub"), as the bridge hands it over.</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>
    /// A device announced itself: created on first announce (written before returning). Afterwards a
    /// firmware change is recorded, but another model or pinned profile version is not applied: it is
    /// held as the device's <see cref="Device.Pending"/> change, with its reason, until an owner or
    /// member approves it (<see cref="ApproveDevice"/>). Returns the device; null for an invalid id, for
    /// a new id that differs only in case from a known device's (living-tv and LIVING-TV cannot both
    /// exist: nothing changes), or when the pending lists are full (<see cref="DeviceRegistryOptions.MaxPendingDevices"/>).
    /// </summary>
    public Device? OnAnnounce(string deviceId, DeviceAnnouncement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        if (!DeviceIds.IsValid(deviceId))
        {
            Interlocked.Increment(ref _unknownDeviceMessages);
            return null;
        }

        var now = Now;
        try
        {
            lock (_sync)
            {
                var created = !_devices.TryGetValue(deviceId, out var device);
                if (device is null)
                {
                    // A scan rather than a second index, so it can never disagree with the devices
                    // there are (a removed device's id must become free again); a new device is rare.
                    if (_devices.Keys.Any(id => string.Equals(id, deviceId, StringComparison.OrdinalIgnoreCase)))
                        return null;

                    // An expected device (paired or provisioned by an owner or member) is no stranger: the bound is for the others.
                    if (!_placements.ContainsKey(deviceId) && PendingListFullLocked())
                    {
                        Interlocked.Increment(ref _refusedAnnouncements);
                        return null;
                    }

                    device = CreateEntryLocked(deviceId, announcement, now);
                    device.ProfileVersion = announcement.ProfileVersion;
                    device.Firmware = announcement.Firmware;
                    // Paired into a room, it was taken into the home as a device placed by hand is.
                    device.Accepted = device.RoomId is not null;
                    _devices.Add(deviceId, device);
                    // A device that comes back after removal is a new device; its kept history is its own again.
                    _removed.Remove(deviceId);
                    if (_earlyAvailability.Remove(deviceId, out var early))
                        device.Availability = early;
                }

                // Devices announce on every connect; only a change is worth a write.
                var changed = created;
                var held = false;
                if (!created && (device.Model != announcement.Model || device.ProfileVersion != announcement.ProfileVersion))
                {
                    held = HoldChangeLocked(device, announcement, now);
                }
                else if (!created && device.Firmware != announcement.Firmware)
                {
                    // A firmware update alone does not change what the device is: recorded as it comes.
                    device.Firmware = announcement.Firmware;
                    changed = true;
                }

                device.Availability = device.Availability with { LastSeen = now };
                var status = device.Status;
                Resolve(device);
                changed |= held || status != device.Status;
                if (changed && !created)
                    device.Version++;
                var snapshot = device.ToDevice(now);
                if (changed)
                {
                    // Group-committed: the device's PUBACK waits for the batch (docs/gateway.md "Acknowledged means durable").
                    _store?.QueueDevice(snapshot);
                    if (held)
                        RaiseLocked(device, new DevicePending(device.Id, device.Name, device.Model, device.Pending!), now);
                    else
                        RaiseLocked(device, created ? DeviceAdded.From(snapshot) : DeviceUpdated.From(snapshot), now);
                }

                _store?.QueueAvailability(deviceId, device.Availability, device.LastReport, device.UsesIids);
                return snapshot;
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>
    /// Online or offline with the device's (or the broker's) reason. Going offline fails the device's
    /// pending commands with <see cref="CommandStatus.Offline"/>. Before the device's first announce
    /// (retained messages arrive in any order) the state is kept and applied when it announces.
    /// </summary>
    public void OnAvailability(string deviceId, bool online, string? reason = null)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (!_devices.TryGetValue(deviceId, out var device))
                {
                    if (DeviceIds.IsValid(deviceId) && _earlyAvailability.Count < 100_000)
                        _earlyAvailability[deviceId] = new DeviceAvailability(online ? AvailabilityState.Online : AvailabilityState.Offline, online ? null : reason, now, now);
                    return;
                }

                var state = online ? AvailabilityState.Online : AvailabilityState.Offline;
                var previous = device.Availability;
                var since = previous.State == state ? previous.Since : now;
                device.Availability = new DeviceAvailability(state, online ? null : reason ?? "offline", since, now);
                if (previous.State != state)
                    RaiseLocked(device, new AvailabilityChanged(state, device.Availability.Reason, previous.State), now);
                _store?.QueueAvailability(deviceId, device.Availability, device.LastReport, device.UsesIids);
                if (!online)
                    _commands.FailPending(deviceId, "the device went offline", now);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>
    /// Property values (an object keyed "service.property" or "siid.piid"). Each is checked against
    /// the profile; a bad one is counted and skipped, the rest recorded as reported at
    /// <paramref name="timestamp"/> (or now). Returns the problems, empty when all were recorded.
    /// </summary>
    public IReadOnlyList<ProfileError> OnProperties(string deviceId, JsonElement values, DateTimeOffset? timestamp = null)
    {
        var now = Now;
        // Milliseconds, as stored: a redelivered report must compare equal to the twin read back after a restart.
        var at = DateTimeOffset.FromUnixTimeMilliseconds((timestamp ?? now).ToUnixTimeMilliseconds());
        var queued = false;
        try
        {
            lock (_sync)
            {
                if (!_devices.TryGetValue(deviceId, out var device))
                {
                    Interlocked.Increment(ref _unknownDeviceMessages);
                    return [new ProfileError("$", $"unknown device {deviceId}: it has not announced itself")];
                }

                device.Availability = device.Availability with { LastSeen = now };
                if (device.Profile is not { } profile)
                {
                    device.InvalidValues++;
                    return [new ProfileError("$", $"device {deviceId} is pending ({device.PendingReason}); its values cannot be checked")];
                }

                if (values.ValueKind != JsonValueKind.Object)
                {
                    device.MalformedMessages++;
                    return [new ProfileError("$.values", "expected an object of property values")];
                }

                var errors = new List<ProfileError>();
                var first = true;
                foreach (var member in values.EnumerateObject())
                {
                    var path = JsonPath.Member("$.values", member.Name);
                    if (ProfileMembers.FindProperty(profile, member.Name, out var numeric) is not ({ } service, { } property))
                    {
                        errors.Add(new ProfileError(path, "unknown property"));
                        device.InvalidValues++;
                        continue;
                    }

                    if (first)
                        device.UsesIids = numeric;
                    first = false;
                    var before = errors.Count;
                    ProfileValueValidator.ValidateValue(property.Value, member.Value, path, errors);
                    if (errors.Count != before)
                    {
                        device.InvalidValues++;
                        continue;
                    }

                    var key = ProfileMembers.Key(service, property.Name);
                    device.Twin.TryGetValue(key, out var old);
                    if (old?.Reported is { } newest && at <= newest.Timestamp)
                    {
                        // The same value at the same time is a redelivery (a QoS 1 report whose PUBACK the device
                        // never got): taken once, recorded and exported once.
                        if (at == newest.Timestamp && JsonElement.DeepEquals(newest.Value, member.Value))
                        {
                            Interlocked.Increment(ref _duplicateReports);
                            continue;
                        }

                        // Older than what the twin holds (a buffered reading, or a redelivery of one): history, not
                        // state — the twin keeps the newest value, and the recorder decides whether it has it already.
                        if (at < newest.Timestamp)
                        {
                            queued |= QueueReportLocked(new PropertyReport(device.HomeId, device.RoomId, deviceId, device.Model, key, service, property, member.Value, at, Changed: false, Late: true));
                            continue;
                        }
                    }

                    var reported = new TwinValue(member.Value.Clone(), at);
                    var twin = old is not null ? old with { Reported = reported } : new TwinProperty(key, reported, null);
                    device.Twin[key] = twin;
                    // Like a state machine's state_changed: a repeated report of the same value is not a change.
                    var changed = old?.Reported is not { } previous || !JsonElement.DeepEquals(previous.Value, reported.Value);
                    if (changed)
                        RaiseLocked(device, new PropertyChanged(key, old?.Reported?.Value, reported.Value), now);
                    queued |= QueueReportLocked(new PropertyReport(device.HomeId, device.RoomId, deviceId, device.Model, key, service, property, reported.Value, at, changed, Late: false));
                    _store?.QueueTwin(deviceId, twin);
                }

                device.LastReport = now;
                _store?.QueueAvailability(deviceId, device.Availability, device.LastReport, device.UsesIids);
                return errors;
            }
        }
        finally
        {
            try
            {
                // Before the call returns, so whoever handed the report over (the bridge, waiting for durability) finds it taken.
                if (queued)
                    _reports.Dispatch();
            }
            finally
            {
                PublishRaised();
            }
        }
    }

    /// <summary>
    /// Raised for every validated reported value (changed or not, late ones included) — the recorder's and the InfluxDB
    /// export's feed — after the registry's lock is released, before <see cref="OnProperties"/> returns, in the order the
    /// registry took the reports (one report at a time, hub-wide; <see cref="PropertyReportDispatcher"/>). A handler may
    /// call back into the registry; it should be quick, since the reporting device's link waits for it.
    /// </summary>
    public event PropertyReportedHandler? PropertyReported
    {
        add => _reports.Subscribe(value);
        remove => _reports.Unsubscribe(value);
    }

    // Nothing is queued (or copied) while nobody listens.
    private bool QueueReportLocked(in PropertyReport report)
    {
        if (!_reports.Listening)
            return false;
        _reports.Add(report);
        return true;
    }

    /// <summary>An event ("service.event" or "siid.eiid") with its arguments; raised on <see cref="EventReceived"/> when valid.</summary>
    public IReadOnlyList<ProfileError> OnEvent(string deviceId, string eventKey, JsonElement arguments, DateTimeOffset? timestamp = null)
    {
        var now = Now;
        DeviceEventMessage message;
        lock (_sync)
        {
            if (!_devices.TryGetValue(deviceId, out var device))
            {
                Interlocked.Increment(ref _unknownDeviceMessages);
                return [new ProfileError("$", $"unknown device {deviceId}: it has not announced itself")];
            }

            device.Availability = device.Availability with { LastSeen = now };
            if (device.Profile is not { } profile || ProfileMembers.FindEvent(profile, eventKey, out _) is not ({ } service, { } @event))
            {
                device.InvalidEvents++;
                return [new ProfileError("$", $"unknown event {eventKey}")];
            }

            var errors = ProfileValueValidator.ValidateArguments(@event.Arguments, arguments, "$.args");
            if (errors.Count > 0)
            {
                device.InvalidEvents++;
                return errors;
            }

            var args = arguments.ValueKind == JsonValueKind.Undefined ? JsonDocument.Parse("{}").RootElement : arguments.Clone();
            message = new DeviceEventMessage(deviceId, ProfileMembers.Key(service, @event.Name), args, timestamp ?? now);
            RaiseLocked(device, new DeviceEvent(message.Key, args), now);
        }

        PublishRaised();

        EventReceived?.Invoke(message);
        return [];
    }

    /// <summary>
    /// A device's reply to a command: code 0 applies it, anything else rejects it. A reply for an
    /// unknown, another device's or an already finished command is counted and ignored (false).
    /// </summary>
    public bool OnReply(string deviceId, string commandId, int code, string? message = null, JsonElement? output = null)
    {
        var now = Now;
        try
        {
            // The tracker checks the command is this device's and still pending; the registry only notes the device was seen.
            var taken = _commands.Reply(deviceId, commandId, code, message, output, now);
            lock (_sync)
            {
                _devices.TryGetValue(deviceId, out var device);
                if (device is not null)
                    device.Availability = device.Availability with { LastSeen = now };
                if (!taken)
                {
                    if (device is not null)
                        device.UnknownReplies++;
                    else
                        Interlocked.Increment(ref _unknownDeviceMessages);
                }

                return taken;
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>A message the bridge could not parse, counted against its device (or as unknown).</summary>
    public void OnMalformed(string? deviceId)
    {
        lock (_sync)
        {
            if (deviceId is not null && _devices.TryGetValue(deviceId, out var device))
                device.MalformedMessages++;
            else
                Interlocked.Increment(ref _unknownDeviceMessages);
        }
    }
}
