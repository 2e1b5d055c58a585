using System.Text.Json;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>Commands (docs/mqtt-protocol.md "Hub → device" and "What the hub guarantees about commands").</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>
    /// Sets properties: <paramref name="values"/> is an object keyed "service.property" (or
    /// "siid.piid"). Every value is checked (exists, writable, type, range, step, list); any problem
    /// refuses the whole command and nothing is sent. Accepted: desired values are recorded at once
    /// and a <see cref="SetPropertiesRequest"/> goes to <see cref="Outbox"/>, unless the device is offline.
    /// </summary>
    public CommandResult SetProperties(string deviceId, JsonElement values)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (FindCommandTargetLocked(deviceId, out var device) is { } refused)
                    return refused;
                if (values.ValueKind != JsonValueKind.Object || !values.EnumerateObject().Any())
                    return CommandResult.Refused("$.values", "expected an object with at least one property value");

                var errors = new List<ProfileError>();
                var resolved = new List<(ProfileService Service, ProfileProperty Property, JsonElement Value)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in values.EnumerateObject())
                {
                    var path = JsonPath.Member("$.values", member.Name);
                    if (ProfileMembers.FindProperty(device.Profile!, member.Name, out _) is not ({ } service, { } property))
                    {
                        errors.Add(new ProfileError(path, "unknown property"));
                        continue;
                    }

                    if (!seen.Add(ProfileMembers.Key(service, property.Name)))
                    {
                        errors.Add(new ProfileError(path, "the same property twice"));
                        continue;
                    }

                    errors.AddRange(ProfileValueValidator.ValidateSet(property, member.Value, path));
                    resolved.Add((service, property, member.Value));
                }

                if (errors.Count > 0)
                    return new CommandResult(null, null, errors);

                var id = NewId("c-");
                var request = new SetPropertiesRequest(device.Id, id, resolved.ToDictionary(
                    r => ProfileMembers.Key(r.Service, r.Property.Iid, device.UsesIids, r.Property.Name), r => r.Value.Clone(), StringComparer.Ordinal));
                var result = IssueLocked(device, request, now);
                if (result.Outbound is not null)
                {
                    foreach (var (service, property, value) in resolved)
                    {
                        var key = ProfileMembers.Key(service, property.Name);
                        var desired = new TwinValue(value.Clone(), now);
                        var twin = device.Twin.TryGetValue(key, out var old) ? old with { Desired = desired } : new TwinProperty(key, null, desired);
                        device.Twin[key] = twin;
                        RaiseLocked(device, new DesiredChanged(key, old?.Desired?.Value, desired.Value, id), now);
                        _store?.QueueTwin(deviceId, twin);
                    }
                }

                return result;
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>
    /// Calls an action ("service.action" or "siid.aiid") with its in-arguments by name (or 1-based
    /// number); required ones must be present and every value fit. Refused with errors, or sent.
    /// </summary>
    public CommandResult CallAction(string deviceId, string action, JsonElement arguments = default)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (FindCommandTargetLocked(deviceId, out var device) is { } refused)
                    return refused;
                if (ProfileMembers.FindAction(device.Profile!, action, out _) is not ({ } service, { } found))
                    return CommandResult.Refused("$.action", $"unknown action {action}");
                var errors = ProfileValueValidator.ValidateActionInput(found, arguments, "$.in");
                if (errors.Count > 0)
                    return new CommandResult(null, null, errors);

                var id = NewId("c-");
                var request = new CallActionRequest(device.Id, id, ProfileMembers.Key(service, found.Iid, device.UsesIids, found.Name),
                    arguments.ValueKind == JsonValueKind.Object ? arguments.Clone() : EmptyObject);
                return IssueLocked(device, request, now);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>
    /// Asks the device for current values: "service.property" keys that must be readable, or none
    /// for every readable property (docs/mqtt-protocol.md "get").
    /// </summary>
    public CommandResult RequestProperties(string deviceId, IReadOnlyList<string>? properties = null)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (FindCommandTargetLocked(deviceId, out var device) is { } refused)
                    return refused;
                var errors = new List<ProfileError>();
                var keys = new List<string>();
                for (var i = 0; i < (properties?.Count ?? 0); i++)
                {
                    var path = JsonPath.Index("$.properties", i);
                    if (ProfileMembers.FindProperty(device.Profile!, properties![i], out _) is not ({ } service, { } property))
                        errors.Add(new ProfileError(path, "unknown property"));
                    else if (!property.CanRead)
                        errors.Add(new ProfileError(path, $"property '{property.Name}' is not readable"));
                    else
                        keys.Add(ProfileMembers.Key(service, property.Iid, device.UsesIids, property.Name));
                }

                if (errors.Count > 0)
                    return new CommandResult(null, null, errors);

                var request = new GetPropertiesRequest(device.Id, NewId("c-"), keys);
                return IssueLocked(device, request, now);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>A command by id while it is retained (see <see cref="DeviceRegistryOptions"/>).</summary>
    public DeviceCommand? GetCommand(string commandId)
    {
        lock (_sync)
        {
            return _commands.TryGetValue(commandId, out var command) ? command.ToCommand() : null;
        }
    }

    /// <summary>A device's retained commands, newest first.</summary>
    public IReadOnlyList<DeviceCommand> ListCommands(string deviceId)
    {
        lock (_sync)
        {
            return _devices.TryGetValue(deviceId, out var device)
                ? [.. device.CommandIds.Reverse().Select(id => _commands[id].ToCommand())]
                : [];
        }
    }

    private CommandResult? FindCommandTargetLocked(string deviceId, out DeviceEntry device)
    {
        if (!_devices.TryGetValue(deviceId, out device!))
            return CommandResult.Refused("$.deviceId", $"unknown device {deviceId}");
        if (device.Profile is null)
            return CommandResult.Refused("$.deviceId", $"device {deviceId} is pending: {device.PendingReason}");
        return null;
    }

    private CommandResult IssueLocked(DeviceEntry device, DeviceCommandRequest request, DateTimeOffset now)
    {
        var id = request.CommandId;
        var command = new CommandEntry(id, device.Id, request.Kind, DeviceCommandRecord.Write(request), now);
        _commands.Add(id, command);
        device.CommandIds.Enqueue(id);
        PruneLocked(device, now);
        DeviceCommandRequest? outbound = null;
        RaiseLocked(device, CommandUpdated.From(command.ToCommand()), now);
        if (device.Availability.State != AvailabilityState.Online)
        {
            command.Message = device.Availability.State == AvailabilityState.NeverSeen ? "the device has never been online" : "the device is offline";
            CompleteLocked(command, CommandStatus.Offline, now);
        }
        else
        {
            command.Timeout = _time.CreateTimer(_ => OnTimeout(id), null, _options.CommandTimeout, Timeout.InfiniteTimeSpan);
            outbound = request;
            _store?.QueueCommand(command.ToCommand());
            _outbox.Writer.TryWrite(outbound);
        }

        return new CommandResult(command.ToCommand(), outbound, []);
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
