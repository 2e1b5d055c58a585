using System.Text.Json;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// The generator's clock and log: planned happenings run in time order (a happening may plan more, later ones), each
/// writes activity entries as the hub would record them (a person's app command: a Set, then the device's Changed
/// with the same source; a press on the device itself: only the Changed), tracks every member's value (a Changed is
/// written only when the value changes) and the home mode, and tells the observers (linkages, automations) of each entry.
/// </summary>
internal sealed class ActivityWriter(string homeId, TimeZoneInfo timeZone, double latitude, double longitude)
{
    private static readonly TimeSpan ReportDelay = TimeSpan.FromMilliseconds(400);
    private readonly PriorityQueue<Action, (long Ticks, long Sequence)> _queue = new();
    private readonly List<(long Ticks, long Sequence, ActivityEntry Entry)> _entries = [];
    private readonly Dictionary<(string DeviceId, string Member), string> _state = [];
    private readonly Dictionary<DateOnly, SunTimes> _sun = [];
    private readonly List<Action<ActivityEntry>> _observers = [];
    private long _sequence;
    private long _commands;
    private long _runs;

    public DateTimeOffset Now { get; private set; }

    /// <summary>The home mode: "home" (someone is in and awake), "away" (nobody is in), "sleep".</summary>
    public string Mode { get; private set; } = "home";

    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>When someone last came home (the mode says "away" for a minute or two after it).</summary>
    public DateTimeOffset Arrived { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Whether someone is in to act: the mode is not away, or they just came back.</summary>
    public bool SomeoneHome => Mode != "away" || Now - Arrived < TimeSpan.FromMinutes(3);

    public void Observe(Action<ActivityEntry> observer) => _observers.Add(observer);

    public void At(DateTimeOffset time, Action happening) => _queue.Enqueue(happening, (time.UtcTicks, _sequence++));

    /// <summary>Runs every planned happening before <paramref name="end"/> in time order; later ones are dropped.</summary>
    public List<ActivityEntry> Run(DateTimeOffset end)
    {
        while (_queue.TryDequeue(out var happening, out var when))
        {
            if (when.Ticks >= end.UtcTicks)
                continue;
            Now = new DateTimeOffset(when.Ticks, TimeSpan.Zero);
            happening();
        }

        _entries.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Sequence.CompareTo(b.Sequence));
        var id = 0L;
        return [.. _entries.Where(e => e.Ticks < end.UtcTicks).Select(e => e.Entry with { Id = ++id })];
    }

    /// <summary>A member's starting value (no entry).</summary>
    public void Initialize(string deviceId, string member, JsonElement value) => _state[(deviceId, member)] = value.GetRawText();

    public bool Is(string deviceId, string member, JsonElement value) =>
        _state.TryGetValue((deviceId, member), out var current) && current == value.GetRawText();

    /// <summary>A person sets a member: through the app or voice (a Set, then the report), or on the device itself.</summary>
    public void Person(string actor, ActivitySource source, string deviceId, string member, JsonElement value)
    {
        if (source == ActivitySource.Device)
        {
            Change(Now, ActivitySource.Device, deviceId, member, value, null, null);
            return;
        }

        var reference = "cmd-" + ++_commands;
        Write(Now, ActivityKind.Set, source, deviceId, member, value, actor, reference);
        Change(Now + ReportDelay, source, deviceId, member, value, actor, reference);
    }

    /// <summary>A person calls an action through the app.</summary>
    public void PersonCall(string actor, string deviceId, string action) =>
        Write(Now, ActivityKind.Action, ActivitySource.App, deviceId, action, null, actor, "cmd-" + ++_commands);

    /// <summary>An automation's or a scene's run sets members (Source Automation or Scene, the actor its id).</summary>
    public void Run(ActivitySource source, string actor, IEnumerable<PlantedEffect> effects)
    {
        var reference = "run-" + ++_runs;
        foreach (var effect in effects)
        {
            Write(Now, ActivityKind.Set, source, effect.DeviceId, effect.Member, effect.Value, actor, reference);
            Change(Now + ReportDelay, source, effect.DeviceId, effect.Member, effect.Value, actor, reference);
        }
    }

    /// <summary>A device reports a reading (a sensor, the TV's playback): a Changed from the device when it differs.</summary>
    public void Report(string deviceId, string member, JsonElement value) => Change(Now, ActivitySource.Device, deviceId, member, value, null, null);

    public void Event(string deviceId, string @event, JsonElement? arguments = null) =>
        Write(Now, ActivityKind.Event, ActivitySource.Device, deviceId, @event, arguments, null, null);

    public void Availability(string deviceId, bool online) =>
        Write(Now, ActivityKind.Availability, ActivitySource.Device, deviceId, null, JsonValues.Of(online), null, null);

    /// <summary>The mode at the start (no entry).</summary>
    public void InitializeMode(string mode) => Mode = mode;

    public void SetMode(string mode)
    {
        if (mode == Mode)
            return;
        Mode = mode;
        Write(Now, ActivityKind.Mode, ActivitySource.Hub, null, null, JsonValues.OfString(mode), null, null);
    }

    /// <summary>Whether the sun is down (after sunset, before sunrise) at <paramref name="time"/>.</summary>
    public bool IsDark(DateTimeOffset time)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, timeZone).DateTime);
        if (!_sun.TryGetValue(date, out var sun))
            _sun[date] = sun = SunCalculator.GetTimes(date, latitude, longitude);
        return sun.Daylight switch
        {
            SunDaylight.AlwaysDown => true,
            SunDaylight.AlwaysUp => false,
            _ => time < sun.Sunrise || time >= sun.Sunset,
        };
    }

    private void Change(DateTimeOffset time, ActivitySource source, string deviceId, string member, JsonElement value, string? actor, string? reference)
    {
        var raw = value.GetRawText();
        if (_state.TryGetValue((deviceId, member), out var current) && current == raw)
            return;
        _state[(deviceId, member)] = raw;
        Write(time, ActivityKind.Changed, source, deviceId, member, value, actor, reference);
    }

    private void Write(DateTimeOffset time, ActivityKind kind, ActivitySource source, string? deviceId, string? member, JsonElement? value, string? actor, string? reference)
    {
        var entry = new ActivityEntry(0, homeId, time, kind, source, deviceId, member, value, actor, reference);
        _entries.Add((time.UtcTicks, _sequence++, entry));
        foreach (var observer in _observers)
            observer(entry);
    }
}
