using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Activity;

/// <summary>
/// Writes the activity log (<see cref="ActivityStore"/>) from the registry's event feed, in feed order: every set and
/// action command with its origin (<see cref="DeviceRegistry.GetCommandOrigin"/>), every reported change of a bool,
/// enum or text property and of a number past a step, device events and availability changes; the gateway adds home
/// mode changes (<see cref="RecordMode"/>). A reported change that reaches (or, for a number, moves toward) the value
/// a command of the hub asked for within <see cref="ActivityRecorderOptions.AttributionWindow"/> is credited to that
/// command's source, actor and id; any other is the device's own (a wall switch pressed). A device's first report of
/// a property is its state, not a change, and is not recorded. Recording never throws into the feed: a failure is
/// reported to <see cref="ActivityRecorderOptions.OnError"/> and the entry is lost.
/// </summary>
public sealed class ActivityRecorder : IDisposable
{
    // Bounds of the two maps, which grow with devices × properties (and commands in flight): far above a home's count.
    private const int MaxTracked = 100_000;

    private readonly DeviceRegistry _registry;
    private readonly ActivityStore _store;
    private readonly TimeProvider _time;
    private readonly ActivityRecorderOptions _options;
    private readonly Lock _sync = new();
    private readonly Dictionary<(string DeviceId, string Key), ActivityExpectation> _expected = [];
    private readonly Dictionary<(string DeviceId, string Key), double> _lastNumber = [];
    private long _failed;

    /// <summary>Starts recording: subscribes to <paramref name="registry"/>'s feed until disposed.</summary>
    public ActivityRecorder(DeviceRegistry registry, ActivityStore store, TimeProvider time, ActivityRecorderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _registry = registry;
        _store = store;
        _time = time;
        _options = options ?? new ActivityRecorderOptions();
        _registry.Events.Published += OnPublished;
    }

    /// <summary>Entries that could not be recorded (a counter for metrics).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Records a change of the home's mode, with whoever made it.</summary>
    public void RecordMode(string homeId, DateTimeOffset time, string mode, CommandOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        Append([new ActivityEntry(0, homeId, time, ActivityKind.Mode, origin.Source, null, null,
            JsonSerializer.SerializeToElement(mode, ActivityJsonContext.Default.String), origin.Actor)]);
    }

    public void Dispose() => _registry.Events.Published -= OnPublished;

    private void OnPublished(HomeEvent e)
    {
        if (e.DeviceId is not { } deviceId)
            return;
        try
        {
            List<ActivityEntry>? entries = e.Data switch
            {
                // The command's first event (created): every command is pending then, even one finished at once as offline.
                CommandUpdated { Status: CommandStatus.Pending, Kind: CommandKind.Set or CommandKind.Call } created => Command(e, deviceId, created.Id),
                PropertyChanged changed => Change(e, deviceId, changed),
                DeviceEvent raised => [Entry(e, ActivityKind.Event, CommandOrigin.Device, raised.Key, Arguments(raised.Arguments))],
                AvailabilityChanged availability when availability.State != availability.Previous =>
                    [Entry(e, ActivityKind.Availability, CommandOrigin.Device, null, JsonSerializer.SerializeToElement(availability.State == AvailabilityState.Online, ActivityJsonContext.Default.Boolean))],
                _ => null,
            };
            if (entries is { Count: > 0 })
                Append(entries);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            Fail(ex);
        }
    }

    private List<ActivityEntry>? Command(HomeEvent e, string deviceId, string commandId)
    {
        if (_registry.GetCommand(commandId) is not { } command || _registry.ProfileOf(deviceId) is not { } profile)
            return null;
        var origin = _registry.GetCommandOrigin(commandId) ?? CommandOrigin.Hub;
        using var payload = JsonDocument.Parse(command.Payload);
        var root = payload.RootElement;
        if (command.Kind == CommandKind.Call)
        {
            if (!root.TryGetProperty("action", out var action) || ProfileMembers.FindAction(profile, action.GetString()!, out _) is not ({ } service, { } found))
                return null;
            var arguments = root.TryGetProperty("arguments", out var given) ? Arguments(given) : null;
            return [Entry(e, ActivityKind.Action, origin, ProfileMembers.Key(service, found.Name), arguments, commandId)];
        }

        if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
            return null;
        var entries = new List<ActivityEntry>();
        var until = _time.GetUtcNow() + _options.AttributionWindow;
        foreach (var value in values.EnumerateObject())
        {
            if (ProfileMembers.FindProperty(profile, value.Name, out _) is not ({ } service, { } property))
                continue;
            var key = ProfileMembers.Key(service, property.Name);
            var asked = value.Value.Clone();
            entries.Add(Entry(e, ActivityKind.Set, origin, key, Clip(asked), commandId));
            Expect(deviceId, key, new ActivityExpectation(asked, null, origin, commandId, until));
        }

        return entries;
    }

    private List<ActivityEntry>? Change(HomeEvent e, string deviceId, PropertyChanged changed)
    {
        if (changed.New is not { } value || _registry.ProfileOf(deviceId) is not { } profile
            || ProfileMembers.FindProperty(profile, changed.Key, out _) is not (_, { } property))
        {
            return null;
        }

        var spec = property.Value;
        var number = spec.Format is not (PropertyFormat.Bool or PropertyFormat.String) && spec.List is null && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : (double?)null;
        var cause = Attribute(deviceId, changed.Key, changed.Old, value, spec);
        lock (_sync)
        {
            if (number is { } now)
            {
                var moved = !_lastNumber.TryGetValue((deviceId, changed.Key), out var last)
                    || Math.Abs(now - last) >= Step(spec, property.CanWrite ? _options.WritableNumberStep : _options.ReadingStep);
                // A device's first report is its state, and a small move is noise; a command's effect always counts.
                if (changed.Old is null || (!moved && cause is null))
                {
                    _lastNumber.TryAdd((deviceId, changed.Key), now);
                    return null;
                }

                if (_lastNumber.Count >= MaxTracked)
                    _lastNumber.Clear();
                _lastNumber[(deviceId, changed.Key)] = now;
            }
            else if (changed.Old is null)
            {
                return null;
            }
        }

        var origin = cause?.Origin ?? CommandOrigin.Device;
        return [Entry(e, ActivityKind.Changed, origin, changed.Key, Clip(value.Clone()), cause?.CommandId)];
    }

    // The command whose effect this report is, if any (see the type's remarks).
    private ActivityExpectation? Attribute(string deviceId, string key, JsonElement? old, JsonElement value, ProfileValueSpec spec)
    {
        lock (_sync)
        {
            if (!_expected.TryGetValue((deviceId, key), out var expected))
                return null;
            if (_time.GetUtcNow() > expected.Until)
            {
                _expected.Remove((deviceId, key));
                return null;
            }

            if (JsonElement.DeepEquals(expected.Value, value))
            {
                _expected.Remove((deviceId, key));
                return expected;
            }

            if (expected.Value.ValueKind != JsonValueKind.Number || value.ValueKind != JsonValueKind.Number)
                return null;
            // A number: close enough to the target (a device rounds), or on the way there (a lamp fading).
            var target = expected.Value.GetDouble();
            var reached = value.GetDouble();
            if (Math.Abs(target - reached) <= Step(spec, 0.01))
            {
                _expected.Remove((deviceId, key));
                return expected;
            }

            return old is { ValueKind: JsonValueKind.Number } before && Between(reached, before.GetDouble(), target) ? expected : null;
        }
    }

    private void Expect(string deviceId, string key, ActivityExpectation expectation)
    {
        lock (_sync)
        {
            if (_expected.Count >= MaxTracked)
            {
                var now = _time.GetUtcNow();
                foreach (var (stale, _) in _expected.Where(x => x.Value.Until < now).ToList())
                    _expected.Remove(stale);
                if (_expected.Count >= MaxTracked)
                    return;
            }

            _expected[(deviceId, key)] = expectation;
        }
    }

    private void Append(List<ActivityEntry> entries)
    {
        try
        {
            _store.Append(entries);
        }
        catch (Exception e) when (e is ArgumentException or ObjectDisposedException or InvalidOperationException)
        {
            Fail(e);
        }
    }

    private void Fail(Exception e)
    {
        Interlocked.Increment(ref _failed);
        _options.OnError?.Invoke(e);
    }

    private static ActivityEntry Entry(HomeEvent e, ActivityKind kind, CommandOrigin origin, string? member, JsonElement? value, string? reference = null) =>
        new(0, e.HomeId, e.Time, kind, origin.Source, e.DeviceId, member, value, origin.Actor, reference);

    // The least move that counts for a number: a share of its range, or its step when that is larger.
    private static double Step(ProfileValueSpec spec, double share) =>
        spec.Range is { } range ? Math.Max(range.Step, (range.Max - range.Min) * share) : 0;

    private static bool Between(double value, double from, double to) =>
        value >= Math.Min(from, to) && value <= Math.Max(from, to);

    // Arguments of an action or an event: none is null, not an empty object.
    private static JsonElement? Arguments(JsonElement arguments) =>
        arguments.ValueKind == JsonValueKind.Object && !arguments.EnumerateObject().Any() || arguments.ValueKind == JsonValueKind.Undefined
            ? null
            : Clip(arguments.Clone());

    // A value the log cannot hold (a long text) is recorded without it.
    private static JsonElement? Clip(JsonElement value) => value.GetRawText().Length <= ActivityStore.MaxValueLength ? value : null;
}
