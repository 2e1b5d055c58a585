using System.Threading.Channels;
using AiotHub.Core.Devices.Commands;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// The home's read model: homes, rooms, devices with their twins and availability; commands are validated here
/// against the device's profile and tracked by a <see cref="CommandTracker"/> with its own lock. Thread-safe (the
/// registry's lock guards the model only; every operation is short; no listener runs under it: events, reported
/// values and command waiters are handed over after it is released). The device bridge feeds it (On… methods), the
/// API reads it and issues commands. With a <see cref="DeviceStore"/>, registry changes (homes, rooms, devices,
/// aliases) are written before the call returns; twin, availability and command updates are written behind in batches.
/// </summary>
public sealed partial class DeviceRegistry
{
    public const string DefaultHomeId = "home";

    private readonly Lock _sync = new();
    private readonly ProfileCatalog _profiles;
    private readonly DeviceStore? _store;
    private readonly TimeProvider _time;
    private readonly DeviceRegistryOptions _options;
    private readonly Dictionary<string, Home> _homes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceEntry> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceAvailability> _earlyAvailability = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RemovedDevice> _removed = new(StringComparer.Ordinal);
    private readonly RaisedEvents _raised;
    private readonly CommandTracker _commands;
    private readonly PropertyReportDispatcher _reports = new();
    private long _unknownDeviceMessages;
    private long _refusedAnnouncements;
    private long _duplicateReports;

    /// <param name="store">Null keeps everything in memory (tests, tools).</param>
    public DeviceRegistry(ProfileCatalog profiles, DeviceStore? store = null, TimeProvider? timeProvider = null, DeviceRegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new DeviceRegistryOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.CommandTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxCommandsPerDevice, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxPendingDevices, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxQueuedCommands, 1, nameof(options));
        Events = new HomeEventFeed(_options.Events, _time);
        _raised = new RaisedEvents(Events);
        _commands = new CommandTracker(_raised, store, _time, _options);
        if (store is not null)
            Restore(store.Load());
        // Restoring replays history nobody is listening for.
        _raised.Discard();
        if (!_homes.ContainsKey(DefaultHomeId))
        {
            var home = new Home(DefaultHomeId, "Home");
            _store?.SaveHome(home);
            _homes.Add(home.Id, home);
        }
    }

    public ProfileCatalog Profiles => _profiles;

    /// <summary>Messages the bridge must publish, in order; commands put theirs here when accepted.</summary>
    public ChannelReader<DeviceCommandRequest> Outbox => _commands.Outbox;

    /// <summary>Accepted commands waiting in <see cref="Outbox"/> for the edge now (at most <see cref="DeviceRegistryOptions.MaxQueuedCommands"/>).</summary>
    public int QueuedCommands => _commands.Queue.Count;

    /// <summary>Commands refused because <see cref="Outbox"/> was full (<see cref="CommandResult.QueueFull"/>).</summary>
    public long RefusedCommands => _commands.Queue.Refused;

    /// <summary>The live feed of this hub's changes (twins, availability, commands, devices, device events).</summary>
    public HomeEventFeed Events { get; }

    /// <summary>Raised, outside the lock, for each valid event a device publishes.</summary>
    public event Action<DeviceEventMessage>? EventReceived;

    /// <summary>Messages for device ids that never announced (or are not valid ids), dropped.</summary>
    public long UnknownDeviceMessages => Interlocked.Read(ref _unknownDeviceMessages);

    /// <summary>Announces dropped because the pending lists were full (<see cref="DeviceRegistryOptions.MaxPendingDevices"/>).</summary>
    public long RefusedAnnouncements => Interlocked.Read(ref _refusedAnnouncements);

    /// <summary>Reported values dropped as redeliveries: the same property, value and device timestamp as the twin's newest.</summary>
    public long DuplicateReports => Interlocked.Read(ref _duplicateReports);

    /// <summary>Adds a profile (or a new version) and re-evaluates every pending device against it.</summary>
    public void AddProfile(DeviceProfile profile)
    {
        _profiles.Add(profile);
        lock (_sync)
        {
            foreach (var device in _devices.Values.Where(d => d.Model == profile.Model))
            {
                var before = (device.Status, device.Profile);
                Resolve(device);
                if (before != (device.Status, device.Profile))
                {
                    device.Version++;
                    _store?.SaveDevice(device.ToDevice(Now));
                }
            }
        }
    }

    public IReadOnlyList<Home> ListHomes()
    {
        lock (_sync)
        {
            return [.. _homes.Values.OrderBy(h => h.Id, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<Room> ListRooms(string? homeId = null)
    {
        lock (_sync)
        {
            return [.. _rooms.Values.Where(r => homeId is null || r.HomeId == homeId).OrderBy(r => r.Name, StringComparer.Ordinal)];
        }
    }

    public Room? GetRoom(string homeId, string roomId)
    {
        lock (_sync)
        {
            return _rooms.TryGetValue(roomId, out var room) && room.HomeId == homeId ? room : null;
        }
    }

    /// <summary>
    /// Renames a room of the home (written before returning) when <paramref name="precondition"/>
    /// accepts its current version, checked under the registry's lock so two racing edits cannot both
    /// pass. <see cref="EditOutcome.Conflict"/> (nothing changed) when another room of the home has
    /// that name (<see cref="DisplayNames.Same"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The name is blank or not visible text.</exception>
    public EditResult<Room> RenameRoom(string homeId, string roomId, string name, Func<long, bool>? precondition = null)
    {
        var clean = CheckName(name);
        lock (_sync)
        {
            if (!_rooms.TryGetValue(roomId, out var room) || room.HomeId != homeId)
                return new EditResult<Room>(EditOutcome.NotFound, null);
            if (precondition is not null && !precondition(room.Version))
                return new EditResult<Room>(EditOutcome.PreconditionFailed, room);
            if (FindRoomLocked(homeId, clean) is { } other && other.Id != roomId)
                return new EditResult<Room>(EditOutcome.Conflict, room);
            var renamed = room with { Name = clean, Version = room.Version + 1 };
            _store?.SaveRoom(renamed);
            _rooms[roomId] = renamed;
            return new EditResult<Room>(EditOutcome.Applied, renamed);
        }
    }

    /// <summary>Creates a room (written before returning), or gives the home's room of that name; null when the home does not exist.</summary>
    /// <exception cref="ArgumentException">The name is blank or not visible text.</exception>
    public Room? CreateRoom(string homeId, string name) => TryCreateRoom(homeId, name) is { Outcome: not EditOutcome.NotFound } result ? result.Value : null;

    /// <summary>
    /// Creates a room (written before returning): <see cref="EditOutcome.Applied"/> with it,
    /// <see cref="EditOutcome.NotFound"/> when the home does not exist, <see cref="EditOutcome.Conflict"/>
    /// with the home's room that already has the name (names are compared as <see cref="DisplayNames.Same"/> does).
    /// </summary>
    /// <exception cref="ArgumentException">The name is blank or not visible text.</exception>
    public EditResult<Room> TryCreateRoom(string homeId, string name)
    {
        var clean = CheckName(name);
        lock (_sync)
        {
            if (!_homes.ContainsKey(homeId))
                return new EditResult<Room>(EditOutcome.NotFound, null);
            if (FindRoomLocked(homeId, clean) is { } existing)
                return new EditResult<Room>(EditOutcome.Conflict, existing);
            var room = new Room(NewId("r-"), homeId, clean);
            _store?.SaveRoom(room);
            _rooms.Add(room.Id, room);
            return new EditResult<Room>(EditOutcome.Applied, room);
        }
    }

    /// <summary>The home's room with that name (trimmed, ignoring case), or null.</summary>
    public Room? FindRoom(string homeId, string name)
    {
        lock (_sync)
        {
            return FindRoomLocked(homeId, name);
        }
    }

    private Room? FindRoomLocked(string homeId, string name) =>
        _rooms.Values.FirstOrDefault(r => r.HomeId == homeId && DisplayNames.Same(r.Name, name));

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (DisplayNames.Problem(name) is { } problem)
            throw new ArgumentException($"the name {problem}", nameof(name));
        return DisplayNames.Normalize(name);
    }

    /// <summary>
    /// Names, places (a room of the device's home) or re-aliases a device; written before returning.
    /// A new device placed in a room becomes active. Null when the device is unknown.
    /// </summary>
    /// <exception cref="ArgumentException">The room does not exist or is in another home.</exception>
    public Device? UpdateDevice(string deviceId, string? name = null, string? roomId = null, IReadOnlyList<string>? aliases = null) =>
        TryUpdateDevice(deviceId, name, roomId, aliases).Value;

    /// <summary>
    /// <see cref="UpdateDevice"/> when <paramref name="precondition"/> accepts the device's current
    /// version (checked under the registry's lock, so of two racing edits made against the same
    /// version only one passes). On <see cref="EditOutcome.PreconditionFailed"/> nothing changed and
    /// the value is the device as it is.
    /// </summary>
    /// <exception cref="ArgumentException">The room does not exist or is in another home.</exception>
    public EditResult<Device> TryUpdateDevice(
        string deviceId, string? name = null, string? roomId = null, IReadOnlyList<string>? aliases = null, Func<long, bool>? precondition = null)
    {
        try
        {
            return UpdateDeviceLocked(deviceId, name, roomId, aliases, precondition);
        }
        finally
        {
            PublishRaised();
        }
    }

    private EditResult<Device> UpdateDeviceLocked(string deviceId, string? name, string? roomId, IReadOnlyList<string>? aliases, Func<long, bool>? precondition)
    {
        // Checked before anything changes: a bad alias must not leave a new name behind.
        var cleanName = string.IsNullOrWhiteSpace(name) ? null : CheckName(name);
        List<string>? cleanAliases = aliases is null ? null : [.. aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(CheckName).Distinct(StringComparer.OrdinalIgnoreCase)];
        lock (_sync)
        {
            if (!_devices.TryGetValue(deviceId, out var device))
                return new EditResult<Device>(EditOutcome.NotFound, null);
            if (precondition is not null && !precondition(device.Version))
                return new EditResult<Device>(EditOutcome.PreconditionFailed, device.ToDevice(Now));
            if (roomId is not null && (!_rooms.TryGetValue(roomId, out var room) || room.HomeId != device.HomeId))
                throw new ArgumentException($"room '{roomId}' is not a room of home '{device.HomeId}'", nameof(roomId));
            if (cleanName is not null)
                device.Name = cleanName;
            if (roomId is not null)
            {
                // Placing a device in a room takes it into the home.
                device.RoomId = roomId;
                device.Accepted = true;
            }

            if (cleanAliases is not null)
                device.Aliases = cleanAliases;
            Resolve(device);
            device.Version++;
            var snapshot = device.ToDevice(Now);
            _store?.SaveDevice(snapshot);
            RaiseLocked(device, DeviceUpdated.From(snapshot), Now);
            return new EditResult<Device>(EditOutcome.Applied, snapshot);
        }
    }

    public bool TryGetDevice(string deviceId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Device? device)
    {
        lock (_sync)
        {
            device = _devices.TryGetValue(deviceId, out var entry) ? entry.ToDevice(Now) : null;
            return device is not null;
        }
    }

    /// <summary>Devices matching every given filter, ordered by id.</summary>
    public IReadOnlyList<Device> ListDevices(DeviceQuery? query = null)
    {
        query ??= new DeviceQuery();
        var now = Now;
        lock (_sync)
        {
            return [.. _devices.Values
                .Where(d => (query.HomeId is null || d.HomeId == query.HomeId)
                    && (query.RoomId is null || d.RoomId == query.RoomId)
                    && (query.Type is null || d.Profile?.Type == query.Type)
                    && (query.Status is null || d.Status == query.Status))
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => d.ToDevice(now))];
        }
    }

    public DeviceRegistrySummary Summarize()
    {
        var pendingCommands = _commands.CountPending();
        lock (_sync)
        {
            return new DeviceRegistrySummary(
                _devices.Count,
                _devices.Values.Count(d => d.Availability.State == AvailabilityState.Online),
                _devices.Values.Count(d => d.Status == DeviceStatus.Pending),
                pendingCommands,
                UnknownDeviceMessages);
        }
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private void Resolve(DeviceEntry device)
    {
        var profile = _profiles.Resolve(device.HomeId, device.Model, device.ProfileVersion);
        device.Profile = profile;
        if (profile is null)
        {
            device.Status = DeviceStatus.Pending;
            device.PendingReason = device.ProfileVersion is { } version && _profiles.IsKnownTo(device.HomeId, device.Model)
                ? $"unknown version {version} of model {device.Model}"
                : $"unknown model {device.Model}";
        }
        else
        {
            device.Status = device.Accepted || device.RoomId is not null ? DeviceStatus.Active : DeviceStatus.New;
            device.PendingReason = null;
        }
    }

    private static string NewId(string prefix) =>
        prefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
