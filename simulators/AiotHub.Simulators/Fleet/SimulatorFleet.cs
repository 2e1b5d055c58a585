using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Fleet;

/// <summary>
/// Many simulated devices, each on its own MQTT connection, driven by one fleet-wide scheduler tick
/// (a single timer for the whole fleet; no timer or spinning task per device), so one process can
/// hold ten thousand of them.
/// </summary>
public sealed class SimulatorFleet : IAsyncDisposable
{
    private readonly FleetOptions _options;
    private readonly List<DeviceConnection> _connections;
    private readonly Dictionary<string, SimulatedDevice> _byId;
    private readonly SemaphoreSlim _connectGate;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ScenarioTimeline? _timeline;
    private ITimer? _timer;
    private DateTimeOffset _startedAt;
    private int _ticking;
    private int _disposed;

    private SimulatorFleet(FleetOptions options, List<SimulatedDevice> devices, SimulationScenario? scenario)
    {
        _options = options;
        _connectGate = new SemaphoreSlim(Math.Max(1, options.ConnectConcurrency));
        _connections = devices.Select(d => new DeviceConnection(d, options)).ToList();
        _byId = devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Scenario = scenario;
        if (scenario is not null)
            _timeline = new ScenarioTimeline(scenario, Find, message => Log?.Invoke(message));
    }

    public IReadOnlyList<SimulatedDevice> Devices => _connections.ConvertAll(c => c.Device);

    public SimulationScenario? Scenario { get; }

    /// <summary>Problems while running (a scenario step that did not apply); set before <see cref="StartAsync"/>.</summary>
    public Action<string>? Log { get; set; }

    public int ConnectedCount => _connections.Count(c => c.IsConnected);

    public long Published => _connections.Sum(c => c.Device.Published);

    public long CommandsReceived => _connections.Sum(c => c.Device.CommandsReceived);

    public long ConnectFailures => _connections.Sum(c => c.ConnectFailures);

    /// <summary>voice-command events the fleet's listening devices emitted (none unless told: a say step or <see cref="SimulatedDeviceOptions.UtteranceInterval"/>).</summary>
    public long VoiceCommandsSent => _connections.Sum(c => c.Device.Voice?.Sent ?? 0);

    /// <summary>Answers (play-text, show-message) the fleet's listening devices were given.</summary>
    public long VoiceAnswersReceived => _connections.Sum(c => c.Device.Voice?.AnswersReceived ?? 0);

    /// <summary>Firmware jobs the fleet's devices finished with succeeded, and with failed (a bricked device's included).</summary>
    public long OtaSucceeded => _connections.Sum(c => c.Device.Ota.Succeeded);

    public long OtaFailed => _connections.Sum(c => c.Device.Ota.Failed);

    public int TimelineStepsRun => _timeline?.StepsRun ?? 0;

    public SimulatedDevice? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// <paramref name="count"/> devices spread round-robin over <paramref name="profiles"/>, with ids
    /// <c>sim-{model's last part}-{n}</c> (n from 1 per model) and seeds derived from <see cref="FleetOptions.Seed"/>.
    /// </summary>
    public static SimulatorFleet Create(FleetOptions options, IReadOnlyList<DeviceProfile> profiles, int count)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count == 0)
            throw new ArgumentException("At least one profile is needed.", nameof(profiles));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var perModel = new Dictionary<string, int>(StringComparer.Ordinal);
        var devices = new List<SimulatedDevice>(count);
        for (var i = 0; i < count; i++)
        {
            var profile = profiles[i % profiles.Count];
            var n = perModel[profile.Model] = perModel.GetValueOrDefault(profile.Model) + 1;
            var id = $"sim-{ShortName(profile.Model)}-{n}";
            devices.Add(new SimulatedDevice(id, profile, options.CopyDeviceOptions(null, null), options.TimeProvider, DeviceSeed(options.Seed, i)));
        }

        return new SimulatorFleet(options, devices, null);
    }

    /// <summary>The scenario's devices, checked against <paramref name="profiles"/>; throws <see cref="ScenarioException"/> listing every problem.</summary>
    public static SimulatorFleet FromScenario(FleetOptions options, SimulationScenario scenario, IReadOnlyList<DeviceProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(profiles);
        var byModel = profiles.ToDictionary(p => p.Model, StringComparer.Ordinal);
        var errors = ScenarioChecker.Check(scenario, byModel);
        if (errors.Count > 0)
            throw new ScenarioException(errors);
        var devices = new List<SimulatedDevice>();
        var i = 0;
        foreach (var device in scenario.Devices)
        {
            var deviceOptions = options.CopyDeviceOptions(device.Name, device.Room);
            deviceOptions.Firmware = device.Firmware ?? deviceOptions.Firmware;
            scenario.Ota?.ApplyTo(deviceOptions);
            device.Ota?.ApplyTo(deviceOptions);
            // A device whose utterances the timeline scripts says only those, even when built-in ones are on.
            if (scenario.Timeline.Any(s => s.Device == device.Id && s.Kind == ScenarioStepKind.Say))
                deviceOptions.UtteranceInterval = null;
            devices.Add(new SimulatedDevice(device.Id, byModel[device.Model], deviceOptions, options.TimeProvider, DeviceSeed(options.Seed, i++)));
        }

        return new SimulatorFleet(options, devices, scenario);
    }

    /// <summary>Connects every device (at most <see cref="FleetOptions.ConnectConcurrency"/> at once), then starts the tick.</summary>
    /// <returns>How many connected; the others keep retrying from the tick.</returns>
    public async Task<int> StartAsync(CancellationToken cancellationToken = default)
    {
        _startedAt = _options.TimeProvider.GetUtcNow();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var results = await Task.WhenAll(_connections.Select(c => c.ConnectAsync(_connectGate, linked.Token))).ConfigureAwait(false);
        _timer = _options.TimeProvider.CreateTimer(_ => Tick(), null, _options.TickInterval, _options.TickInterval);
        return results.Count(r => r);
    }

    /// <summary>One scheduler tick for the whole fleet (the timer calls it; tests may too). Overlapping calls are skipped.</summary>
    public void Tick()
    {
        if (Interlocked.Exchange(ref _ticking, 1) != 0)
            return;
        try
        {
            var now = _options.TimeProvider.GetUtcNow();
            _timeline?.Run(now - _startedAt);
            foreach (var connection in _connections)
                connection.Tick(now, _connectGate, _stopping.Token);
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    /// <summary>Stops the tick and disconnects every device cleanly (availability offline/shutdown, then DISCONNECT).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        using var gate = new SemaphoreSlim(Math.Max(1, _options.ConnectConcurrency) * 4);
        await Task.WhenAll(_connections.Select(async c =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                await c.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        _stopping.Dispose();
        _connectGate.Dispose();
    }

    /// <summary>The model id's last part, made a valid id fragment: aiot.light.ceiling1 → ceiling1.</summary>
    internal static string ShortName(string model)
    {
        var last = model[(model.LastIndexOf('.') + 1)..];
        var chars = last.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        var name = new string(chars);
        return name.Length > 40 ? name[..40] : name;
    }

    /// <summary>
    /// A fixed mix (SplitMix64's finaliser) of the fleet seed and the device's position, so the same
    /// seed gives the same fleet in every process — HashCode.Combine is randomised per process.
    /// </summary>
    internal static int DeviceSeed(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)(uint)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
