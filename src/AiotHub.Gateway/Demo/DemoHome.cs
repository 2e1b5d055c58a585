using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Provisioning;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Demo;

/// <summary>
/// `--demo`: a simulated home inside the hub process. Its devices are real MQTT clients of the
/// embedded broker speaking the device protocol, so everything a newcomer sees — devices
/// appearing, state changing, commands applied — goes through the same paths as real hardware.
/// Once the devices have announced themselves they are named and placed in the scenario's rooms
/// (rooms are reused by name, so restarts do not duplicate them). Each device connects with credentials
/// provisioned in-process at start, as an integrator's fleet does.
/// </summary>
internal sealed partial class DemoHome(
    IOptions<DemoOptions> options,
    EmbeddedBrokerService broker,
    DeviceRegistry registry,
    SceneCatalog scenes,
    AutomationCatalog automations,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoHome> logger,
    IOptions<AutomationEngineOptions> automationOptions,
    DeviceProvisioning? provisioning = null,
    ActivityStore? activity = null) : BackgroundService
{
    private static readonly TimeSpan PlacementTimeout = TimeSpan.FromSeconds(60);
    private SimulatorFleet? _fleet;

    /// <summary>The running fleet (null until started or when the demo is off).</summary>
    public SimulatorFleet? Fleet => _fleet;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var path = ResolveScenario(options.Value.Scenario);
        var parsed = ScenarioParser.ParseFile(path);
        if (!parsed.IsValid)
        {
            LogScenarioInvalid(logger, path, string.Join("; ", parsed.Errors));
            return;
        }

        var port = broker.Broker?.LocalEndPoints is [var endPoint, ..] ? endPoint.Port : (int?)null;
        if (port is null)
        {
            LogNeedsEmbeddedBroker(logger);
            return;
        }

        var scenario = parsed.Scenario;
        WriteHistory(scenario);
        var fleetOptions = new FleetOptions { Host = "127.0.0.1", Port = port.Value, TimeProvider = time, Credentials = Provision(scenario) };
        _fleet = SimulatorFleet.FromScenario(fleetOptions, scenario, registry.Profiles.Latest());
        _fleet.Log = message => LogFleet(logger, message);
        var connected = await _fleet.StartAsync(stoppingToken);
        var total = scenario.Devices.Count();
        LogStarted(logger, scenario.Name, connected, total);
        await PlaceDevicesAsync(scenario, stoppingToken);
        var problems = DemoScenes.CreateMissing(scenes);
        if (problems.Count > 0)
        {
            LogScenesInvalid(logger, string.Join("; ", problems));
        }

        var automationProblems = DemoAutomations.CreateMissing(automations);
        if (automationProblems.Count > 0)
        {
            LogAutomationsInvalid(logger, string.Join("; ", automationProblems));
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_fleet is { } fleet)
        {
            await fleet.DisposeAsync();
        }
    }

    /// <summary>
    /// Before the first device connects (its reports would be activity): a few weeks of past life, once (<see cref="DemoHistory"/>).
    /// A demo without a place (sun conditions) is in Greenwich, as <see cref="DemoHostingExtensions"/> sets it.
    /// </summary>
    private void WriteHistory(SimulationScenario scenario)
    {
        if (activity is null)
            return;
        var location = automationOptions.Value;
        try
        {
            var zone = location.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Local;
            var written = DemoHistory.WriteOnce(activity, scenario, registry.Profiles.Latest(), time.GetUtcNow(), zone,
                location.Latitude ?? DemoHostingExtensions.DemoLatitude, location.Longitude ?? DemoHostingExtensions.DemoLongitude);
            if (written > 0)
                LogHistoryWritten(logger, written, DemoHistory.Days);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or TimeZoneNotFoundException)
        {
            LogHistoryNotWritten(logger, e);
        }
    }

    /// <summary>
    /// The scenario's devices get their own credentials, as an integrator's fleet would (new secrets at every start:
    /// nobody else holds them), so the demo uses the same path as real devices, not the loopback exception.
    /// </summary>
    private Dictionary<string, SimulatorCredential> Provision(SimulationScenario scenario)
    {
        if (provisioning is null)
            return [];
        var (devices, problem) = provisioning.Provision(DeviceRegistry.DefaultHomeId,
            [.. scenario.Devices.Select(d => new ProvisionDevice(d.Id, d.Model, d.Name, d.Room))], DeviceCredentialOrigin.Demo);
        if (devices is null)
        {
            LogNotProvisioned(logger, problem!.Path, problem.Message);
            return [];
        }

        return devices.ToDictionary(d => d.Id, d => new SimulatorCredential(d.UserName, d.Password), StringComparer.Ordinal);
    }

    private async Task PlaceDevicesAsync(SimulationScenario scenario, CancellationToken cancellationToken)
    {
        var rooms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var room in scenario.Rooms)
        {
            var existing = registry.ListRooms(DeviceRegistry.DefaultHomeId).FirstOrDefault(r => r.Name == room.Name);
            rooms[room.Name] = (existing ?? registry.CreateRoom(DeviceRegistry.DefaultHomeId, room.Name)!).Id;
        }

        var waiting = scenario.Devices.ToList();
        var deadline = time.GetTimestamp();
        while (waiting.Count > 0 && time.GetElapsedTime(deadline) < PlacementTimeout)
        {
            waiting.RemoveAll(device =>
            {
                // Online: this start's announce (sent just before) has been handled, not only the stored record read.
                if (!registry.TryGetDevice(device.Id, out var known) || known.Availability.State != AvailabilityState.Online)
                {
                    return false;
                }

                // The demo's own device announced a newer shipped version of its model (the hub was upgraded, e.g. the
                // TV's voice remote in aiot.tv.t1 version 2): the demo takes it, as an owner would.
                if (known.Pending is { } change && change.Model == known.Model)
                {
                    registry.ApproveDevice(known.HomeId, known.Id);
                    LogVersionTaken(logger, known.Id, change.Reason);
                }

                if (known.RoomId is null)
                {
                    registry.UpdateDevice(device.Id, device.Name, rooms[device.Room]);
                }

                return true;
            });
            if (waiting.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
            }
        }

        if (waiting.Count > 0)
        {
            LogNotAnnounced(logger, string.Join(", ", waiting.Select(d => d.Id)));
        }
    }

    private string ResolveScenario(string scenario) =>
        Path.IsPathRooted(scenario) ? scenario
        : new[] { Path.GetFullPath(scenario, environment.ContentRootPath), Path.GetFullPath(scenario, AppContext.BaseDirectory) }
            .FirstOrDefault(File.Exists) ?? Path.GetFullPath(scenario, AppContext.BaseDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo home '{Name}' started: {Connected} of {Total} simulated devices connected.")]
    private static partial void LogStarted(ILogger logger, string name, int connected, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "The demo scenario {Path} is not valid: {Errors}")]
    private static partial void LogScenarioInvalid(ILogger logger, string path, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "The demo needs the embedded broker (Mqtt:Mode=Embedded); no simulated home was started.")]
    private static partial void LogNeedsEmbeddedBroker(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo devices that never announced themselves: {Devices}")]
    private static partial void LogNotAnnounced(ILogger logger, string devices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo scenes not created: {Problems}")]
    private static partial void LogScenesInvalid(ILogger logger, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo automations not created: {Problems}")]
    private static partial void LogAutomationsInvalid(ILogger logger, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo devices could not be given credentials ({Path}: {Problem}); they connect anonymously from loopback")]
    private static partial void LogNotProvisioned(ILogger logger, string path, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo device {Device}: {Reason}; taken")]
    private static partial void LogVersionTaken(ILogger logger, string device, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo home: {Count} activity entries of the last {Days} days written (generated history for suggestions)")]
    private static partial void LogHistoryWritten(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo home: no generated history was written")]
    private static partial void LogHistoryNotWritten(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo fleet: {Message}")]
    private static partial void LogFleet(ILogger logger, string message);
}
