using System.Diagnostics;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>
/// An engine over a real registry (shipped profiles, manual clock) fed with automation records built
/// in C#, and a device simulator that answers the commands the registry sends: replies with a code
/// and, when applied, reports the values it was set to — as a real device would.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public const string HomeId = DeviceRegistry.DefaultHomeId;
    public const string Motion = "aiot.sensor.motion1";
    public const string Climate = "aiot.sensor.th1";
    public const string WallSwitch = "aiot.switch.wall2";

    private readonly CancellationTokenSource _stop = new();
    private readonly List<RunnableAutomation> _automations = [];
    private Task _device = Task.CompletedTask;

    private EngineHarness(ManualClock clock, DeviceRegistry registry, HubFile? store, AutomationEngineOptions options)
    {
        Clock = clock;
        Registry = registry;
        Store = store;
        SceneCatalog = new SceneCatalog(registry, store, clock);
        Scenes = new SceneRunner(SceneCatalog, store, clock, new SceneRunnerOptions { CommandInterval = TimeSpan.Zero });
        Modes = new HomeModes(registry, store, clock);
        Source = new AutomationSource(
            () => { lock (_automations) return [.. _automations]; },
            (home, id) =>
            {
                ExistsAsked?.Invoke(id);
                lock (_automations)
                    return _automations.Any(a => a.Entry.HomeId == home && a.Entry.Id == id) || Disabled.Contains(id);
            });
        Engine = new AutomationEngine(registry, Source, Scenes, Modes, store, clock, options);
    }

    public ManualClock Clock { get; }

    public DeviceRegistry Registry { get; }

    public HubFile? Store { get; }

    public SceneCatalog SceneCatalog { get; }

    public SceneRunner Scenes { get; }

    public HomeModes Modes { get; }

    public AutomationSource Source { get; }

    public AutomationEngine Engine { get; }

    /// <summary>Ids that exist but are not runnable (disabled): taken out of the list without being deleted.</summary>
    public HashSet<string> Disabled { get; } = [];

    /// <summary>
    /// Called with the automation's id when the engine asks whether an automation that is not runnable still exists: it
    /// asks while it keeps a trace of one of its runs, which lets a test look at the run at that moment.
    /// </summary>
    public Action<string>? ExistsAsked { get; set; }

    /// <summary>Reply code per device (null: never reply); applied by default.</summary>
    public Func<string, int?> ReplyCode { get; set; } = _ => 0;

    public List<DeviceCommandRequest> Sent { get; } = [];

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static EngineHarness Create(
        ManualClock? clock = null, HubFile? store = null, AutomationEngineOptions? options = null, IEnumerable<RunnableAutomation>? automations = null,
        bool start = true, Action<EngineHarness>? before = null)
    {
        clock ??= new ManualClock(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var harness = new EngineHarness(clock, TestRegistry.Create(clock, store: store), store, options ?? new AutomationEngineOptions { TimeZone = "Europe/Berlin", Latitude = 52.52, Longitude = 13.405 });
        harness._automations.AddRange(automations ?? []);
        before?.Invoke(harness);
        harness._device = Task.Run(harness.SimulateDevicesAsync);
        if (start)
            harness.Engine.Start();
        return harness;
    }

    public void Add(RunnableAutomation automation)
    {
        lock (_automations)
        {
            _automations.RemoveAll(a => a.Entry.HomeId == automation.Entry.HomeId && a.Entry.Id == automation.Entry.Id);
            _automations.Add(automation);
        }

        Engine.Reload(automation.Entry.HomeId, automation.Entry.Id);
    }

    public void Remove(string id, bool delete = true)
    {
        lock (_automations)
            _automations.RemoveAll(a => a.Entry.Id == id);
        if (!delete)
            Disabled.Add(id);
        Engine.Reload(HomeId, id);
    }

    public void Report(string deviceId, string json) => Assert.Empty(Registry.OnProperties(deviceId, Json(json)));

    public IReadOnlyList<AutomationRun> Runs(string automationId) => Engine.QueryRuns(new AutomationRunQuery(HomeId, automationId));

    /// <summary>Waits (polling, the engine works on its own tasks) until the automation has a run matching <paramref name="match"/>.</summary>
    public async Task<AutomationRun> RunAsync(string automationId, Func<AutomationRun, bool>? match = null, int count = 1)
    {
        await Engine.WhenIdleAsync();
        AutomationRun? found = null;
        await Eventually(() => (found = Runs(automationId).Where(match ?? (_ => true)).Skip(count - 1).FirstOrDefault()) is not null,
            () => $"no run of {automationId} matched; runs: {string.Join("; ", Runs(automationId).Select(r => $"{r.Result} {r.Reason} [{string.Join(", ", r.Steps.Select(s => $"{s.Path} {s.Status}"))}]"))}");
        return found!;
    }

    public Task<AutomationRun> FinishedAsync(string automationId, int count = 1) =>
        RunAsync(automationId, r => r.Result != AutomationRunResult.Running, count);

    /// <summary>Until the run is waiting in the step at <paramref name="path"/> (a delay or a wait with its timer armed).</summary>
    public Task<AutomationRun> WaitingAtAsync(string automationId, string path) =>
        RunAsync(automationId, r => r.Result == AutomationRunResult.Running && r.Steps.Any(s => s.Path == path && s.Status == AutomationStepStatus.Running));

    public static async Task Eventually(Func<bool> condition, Func<string>? message = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), message?.Invoke() ?? "the condition never held");
            await Task.Delay(5, Ct);
        }
    }

    public static JsonElement Json(string json) => TestRegistry.Json(json);

    public static RunnableAutomation Auto(
        string id,
        IReadOnlyList<AutomationTrigger> triggers,
        IReadOnlyList<AutomationAction> actions,
        IReadOnlyList<AutomationCondition>? conditions = null,
        AutomationMode mode = AutomationMode.Single,
        int max = 10,
        AutomationRateLimit? rateLimit = null,
        long version = 1,
        string home = HomeId)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new RunnableAutomation(
            new AutomationEntry(id, home, id, true, AutomationState.Available, [], version, at, at, Json("{}")),
            new AutomationDefinition(id, id, null, mode, max, rateLimit, triggers, conditions ?? [], actions));
    }

    public static PropertyTrigger OnProperty(string device, string property, string? from = null, string? to = null, double? above = null, double? below = null,
        TimeSpan? @for = null, string? id = null, int index = 0) =>
        new($"$.triggers[{index}]", id, device, property, from is null ? null : Json(from), to is null ? null : Json(to), above, below, @for);

    public static SetPropertiesAction Set(string path, string device, string json) => new(path, device, Json(json));

    public static NotifyAction Notify(string path, string message) => new(path, message, null, "info");

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Scenes.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _device;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SimulateDevicesAsync()
    {
        await foreach (var message in Registry.Outbox.ReadAllAsync(_stop.Token))
        {
            lock (Sent)
                Sent.Add(message);
            Registry.MarkSent(message.CommandId);
            if (ReplyCode(message.DeviceId) is not { } code)
                continue;
            // A device that applied a set reports the new values, then answers: so a run that waits for "applied" finds
            // the twin already changed (answering first let a test read the old twin).
            if (code == 0 && message is SetPropertiesRequest set)
                Registry.OnProperties(message.DeviceId, JsonSerializer.SerializeToElement(set.Values));
            Registry.OnReply(message.DeviceId, message.CommandId, code, code == 0 ? null : "busy");
        }
    }
}
