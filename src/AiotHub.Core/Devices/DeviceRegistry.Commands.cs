using System.Text.Json;
using AiotHub.Core.Activity;
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
    /// <paramref name="origin"/> says who asked, for the activity log (<see cref="GetCommandOrigin"/>); none is the hub.
    /// </summary>
    public CommandResult SetProperties(string deviceId, JsonElement values, CommandOrigin? origin = null)
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
                var result = IssueLocked(device, request, now, origin);
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
    /// <paramref name="origin"/> says who asked, for the activity log (<see cref="GetCommandOrigin"/>); none is the hub.
    /// </summary>
    public CommandResult CallAction(string deviceId, string action, JsonElement arguments = default, CommandOrigin? origin = null)
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
                return IssueLocked(device, request, now, origin);
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
    public DeviceCommand? GetCommand(string commandId) => _commands.Get(commandId);

    /// <summary>
    /// Who asked for the command (<see cref="SetProperties"/>, <see cref="CallAction"/>): known from the moment it is
    /// issued (before its events are published) while it is retained; null for one issued before the hub started.
    /// </summary>
    public CommandOrigin? GetCommandOrigin(string commandId) => _commands.Origin(commandId);

    /// <summary>A device's retained commands, newest first.</summary>
    public IReadOnlyList<DeviceCommand> ListCommands(string deviceId) => _commands.List(deviceId);

    /// <summary>
    /// The command once it is applied, rejected, timed out or offline — at once if it already is.
    /// Null for a command the registry does not know (never issued, or forgotten by retention).
    /// A pending command always finishes (its timeout at the latest), so this always completes.
    /// Completed after the command's events are on <see cref="Events"/>, for callers that fan commands out and
    /// report each result (scene runs), so their own events never overtake the command's.
    /// </summary>
    public Task<DeviceCommand?> WaitForCommandAsync(string commandId, CancellationToken cancellationToken = default) =>
        _commands.WaitAsync(commandId, cancellationToken);

    /// <summary>The bridge published the command: its latency counts from here.</summary>
    public void MarkSent(string commandId) => _commands.MarkSent(commandId, Now);

    private CommandResult? FindCommandTargetLocked(string deviceId, out DeviceEntry device)
    {
        if (!_devices.TryGetValue(deviceId, out device!))
            return CommandResult.Refused("$.deviceId", $"unknown device {deviceId}");
        if (device.Profile is null)
            return CommandResult.Refused("$.deviceId", $"device {deviceId} is pending: {device.PendingReason}");
        return null;
    }

    // Under the registry's lock, so the device's availability cannot change between the check and the record
    // (going offline fails the pending commands the tracker holds by then).
    private CommandResult IssueLocked(DeviceEntry device, DeviceCommandRequest request, DateTimeOffset now, CommandOrigin? origin = null) =>
        _commands.Issue(device.HomeId, request, device.Availability.State, now, origin ?? CommandOrigin.Hub);

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
