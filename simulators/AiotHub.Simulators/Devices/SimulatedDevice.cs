using System.Globalization;
using System.Text.RegularExpressions;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Behaviors;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// One simulated device built from any valid profile: its state, the device side of
/// docs/mqtt-protocol.md (announce, availability, properties, events, replies to set/call/get) and
/// a behaviour chosen by the profile's type. It knows no MQTT connection: what it publishes goes to
/// the sink given to <see cref="Attach"/>, and time moves only when <see cref="Tick"/> is called,
/// reading the <see cref="TimeProvider"/>, so a test drives it without a broker or a clock.
/// </summary>
public sealed partial class SimulatedDevice
{
    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly List<(DateTimeOffset Due, Action Run)> _pending = [];
    private Action<DeviceMessage>? _sink;
    private DateTimeOffset _nextReport;
    private DateTimeOffset _lastEvolve;
    private DateTimeOffset? _nextOutage;
    private DateTimeOffset _offlineUntil;
    private bool _abortRequested;
    private long _published;
    private long _commands;
    private long _droppedReplies;
    private long _rejectedPayloads;

    public SimulatedDevice(string id, DeviceProfile profile, SimulatedDeviceOptions? options = null, TimeProvider? time = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!IsValidId(id))
            throw new ArgumentException($"'{id}' is not a device id: 1-64 characters from A-Z a-z 0-9 - _ (docs/mqtt-protocol.md § Topics).", nameof(id));
        Id = id;
        Profile = profile;
        Options = options ?? new SimulatedDeviceOptions();
        _time = time ?? TimeProvider.System;
        Random = new Random(seed);
        State = new DeviceState(profile, Random);
        Behavior = DeviceBehaviors.For(profile);
        Voice = DeviceVoice.For(profile);
        Firmware = Options.Firmware;
        Ota = new DeviceOta(this);
        var now = Now;
        _lastEvolve = now;
        _nextReport = now + NextReportInterval();
        ScheduleNextOutage(now);
        Behavior.Initialize(this);
        Voice?.Start(this);
        // The first report after connecting carries everything; nothing is pending before it.
        State.TakeChanges();
    }

    public string Id { get; }

    public DeviceProfile Profile { get; }

    public SimulatedDeviceOptions Options { get; }

    public DeviceFaults Faults => Options.Faults;

    public DeviceState State { get; }

    public DeviceBehavior Behavior { get; }

    /// <summary>Its voice when the profile declares a voice-command event (it listens), else null.</summary>
    public DeviceVoice? Voice { get; }

    /// <summary>The firmware it runs and announces: <see cref="SimulatedDeviceOptions.Firmware"/> until an update changes it.</summary>
    public string Firmware { get; internal set; }

    /// <summary>Its side of firmware updates (docs/mqtt-protocol.md "Firmware updates").</summary>
    public DeviceOta Ota { get; }

    /// <summary>Seeded, so a run with the same seed makes the same values.</summary>
    public Random Random { get; }

    public TimeProvider TimeProvider => _time;

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Hours since local midnight (0 ≤ h &lt; 24) in the home's time zone, for daily curves.</summary>
    public double LocalHour => (Now + Options.UtcOffset).TimeOfDay.TotalHours;

    /// <summary>Messages handed to the sink.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>set/call/get commands received with a usable id.</summary>
    public long CommandsReceived => Interlocked.Read(ref _commands);

    /// <summary>Replies not sent because of <see cref="DeviceFaults.DropAckProbability"/>.</summary>
    public long DroppedReplies => Interlocked.Read(ref _droppedReplies);

    /// <summary>Commands that could not be answered: not JSON, or without an id.</summary>
    public long RejectedPayloads => Interlocked.Read(ref _rejectedPayloads);

    public string Topic(string subtopic) => Options.TopicRoot + "/" + Id + "/" + subtopic;

    public static bool IsValidId(string? id) => id is { Length: >= 1 and <= 64 } && DeviceIdPattern().IsMatch(id);

    /// <summary>Where published messages go; null detaches (messages are then dropped, as on a dead link).</summary>
    public void Attach(Action<DeviceMessage>? sink)
    {
        lock (_sync)
        {
            _sink = sink;
        }
    }

    /// <summary>Advances time: runs due commands and replies, the behaviour, periodic reports and faults.</summary>
    public void Tick()
    {
        lock (_sync)
        {
            var now = Now;
            RunDueLocked(now);
            if (_nextOutage is { } outage && now >= outage)
            {
                GoOfflineLocked(now, Faults.OutageDuration);
                ScheduleNextOutage(now + Faults.OutageDuration);
            }

            Behavior.Advance(this, now);
            Voice?.Advance(this, now);
            var periodic = false;
            if (Options.Rate > 0 && now >= _nextReport)
            {
                Behavior.Evolve(this, now, now - _lastEvolve);
                _lastEvolve = now;
                _nextReport = now + NextReportInterval();
                periodic = true;
            }

            if (periodic || State.HasChanges || Faults.OutOfRangeRequested || Faults.MalformedRequested)
                ReportChangesLocked(periodic);
        }
    }

    /// <summary>Drops the connection abruptly (the broker publishes the last will) and stays away for <paramref name="duration"/>.</summary>
    public void GoOffline(TimeSpan duration)
    {
        lock (_sync)
        {
            GoOfflineLocked(Now, duration);
        }
    }

    /// <summary>Ends an outage now: the fleet's next tick connects the device again (it announces and says it is online).</summary>
    public void EndOutage()
    {
        lock (_sync)
        {
            _offlineUntil = Now;
        }
    }

    /// <summary>True while an outage lasts: the connection must not come back yet.</summary>
    public bool IsInOutage => Now < _offlineUntil;

    /// <summary>True once after <see cref="GoOffline"/>: the connection should abort now.</summary>
    public bool TakeAbortRequest()
    {
        lock (_sync)
        {
            var requested = _abortRequested;
            _abortRequested = false;
            return requested;
        }
    }

    /// <summary>
    /// The device hears <paramref name="utterance"/> (a scenario's say step): it emits its voice-command event with the
    /// language (a BCP 47 tag) and confidence (percent; 80–99 when null). False when the device does not listen.
    /// </summary>
    public bool Say(string utterance, string? language = null, int? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if (Voice is not { } voice)
            return false;
        lock (_sync)
        {
            voice.Say(this, utterance, language, confidence);
        }

        return true;
    }

    /// <summary>Runs <paramref name="action"/> under the device's lock: for behaviours and timelines acting from outside a tick.</summary>
    public void Apply(Action<SimulatedDevice> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_sync)
        {
            action(this);
        }
    }

    internal void Schedule(TimeSpan delay, Action run)
    {
        if (delay <= TimeSpan.Zero)
        {
            run();
            return;
        }

        _pending.Add((Now + delay, run));
    }

    private void RunDueLocked(DateTimeOffset now)
    {
        while (_pending.Count > 0)
        {
            var next = -1;
            for (var i = 0; i < _pending.Count; i++)
            {
                if (_pending[i].Due <= now && (next < 0 || _pending[i].Due < _pending[next].Due))
                    next = i;
            }

            if (next < 0)
                return;
            var run = _pending[next].Run;
            _pending.RemoveAt(next);
            run();
        }
    }

    private void GoOfflineLocked(DateTimeOffset now, TimeSpan duration)
    {
        _offlineUntil = duration == TimeSpan.MaxValue ? DateTimeOffset.MaxValue : now + duration;
        _abortRequested = true;
        // Commands in progress die with the connection, as on a real device that lost power; a download pauses.
        _pending.Clear();
        Ota.OnOfflineLocked();
    }

    /// <summary>A reboot after a firmware update: the link drops now and comes back after <paramref name="duration"/>, or never (null: bricked).</summary>
    internal void RebootLocked(TimeSpan? duration) => GoOfflineLocked(Now, duration ?? TimeSpan.MaxValue);

    /// <summary>The device's lock, for its OTA download running outside a tick.</summary>
    internal Lock Sync => _sync;

    private void ScheduleNextOutage(DateTimeOffset from) =>
        _nextOutage = Faults.MeanTimeBetweenOutages is { } mean && mean > TimeSpan.Zero
            ? from + (mean * -Math.Log(1 - Random.NextDouble()))
            : null;

    /// <summary>Around 1/rate, jittered ±50% so a fleet does not report in lockstep.</summary>
    private TimeSpan NextReportInterval() =>
        Options.Rate > 0 ? TimeSpan.FromSeconds((0.5 + Random.NextDouble()) / Options.Rate) : TimeSpan.MaxValue / 4;

    private void Send(DeviceMessage message)
    {
        if (_sink is { } sink)
        {
            Interlocked.Increment(ref _published);
            sink(message);
        }
    }

    internal static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex DeviceIdPattern();
}
