using AiotHub.Automation.Automations;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>Automations written as JSON through the catalog, run by the engine built over it, and what edits, disables and deletes do to their runs.</summary>
public sealed class CatalogEndToEndTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 6, 1, 20, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-engine-e2e-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private HubFile _store = null!;
    private DeviceRegistry _registry = null!;
    private SceneRunner _scenes = null!;
    private AutomationCatalog _catalog = null!;
    private AutomationEngine _engine = null!;
    private Task _devices = Task.CompletedTask;

    public ValueTask InitializeAsync()
    {
        var options = new AutomationEngineOptions { TimeZone = "Europe/Berlin", Latitude = 52.52, Longitude = 13.405 };
        _store = HubFile.Open(Path.Combine(_directory, "hub.db"));
        _registry = TestRegistry.Create(_clock, store: _store);
        _registry.Online("hall-motion", Motion);
        _registry.Online("hall-light");
        _registry.Online("tv", "aiot.tv.t1");
        var sceneCatalog = new SceneCatalog(_registry, _store, _clock);
        _scenes = new SceneRunner(sceneCatalog, _store, _clock);
        _catalog = new AutomationCatalog(_registry, sceneCatalog, _store, _clock, options);
        _engine = new AutomationEngine(_catalog, _scenes, new HomeModes(_registry, _store, _clock), _store, _clock, options);
        _engine.Start();
        _devices = Task.Run(async () =>
        {
            await foreach (var message in _registry.Outbox.ReadAllAsync(_stop.Token))
            {
                _registry.MarkSent(message.CommandId);
                _registry.OnReply(message.DeviceId, message.CommandId, 0);
            }
        });
        return ValueTask.CompletedTask;
    }

    private string Create(string json)
    {
        var result = _catalog.Create(HomeId, Json(json));
        Assert.True(result.Status == AutomationWriteStatus.Done, string.Join("; ", result.Problems?.Select(p => $"{p.Path}: {p.Message}") ?? []));
        return result.Automation!.Id;
    }

    private async Task<AutomationRun> RunOfAsync(string id, Func<AutomationRun, bool> match)
    {
        await _engine.WhenIdleAsync();
        AutomationRun? found = null;
        await Eventually(() => (found = _engine.QueryRuns(new AutomationRunQuery(HomeId, id)).FirstOrDefault(match)) is not null);
        return found!;
    }

    [Fact]
    public async Task AJsonAutomationRunsOnItsTriggerWhenItsConditionsHold()
    {
        var id = Create("""
            {"name":"Hallway light at night","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}],
             "conditions":[{"kind":"sun","after":"sunset","before":"sunrise"}],
             "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true,"light.brightness":30}}]}
            """);

        // 22:00 in Berlin on 1 June: after sunset (about 21:25).
        Assert.Empty(_registry.OnProperties("hall-motion", Json("""{"motion-sensor.motion-state":true}""")));
        var run = await RunOfAsync(id, r => r.Result != AutomationRunResult.Running);
        Assert.Empty(_registry.OnProperties("hall-motion", Json("""{"motion-sensor.motion-state":false}""")));
        _clock.Advance(TimeSpan.FromHours(12));
        Assert.Empty(_registry.OnProperties("hall-motion", Json("""{"motion-sensor.motion-state":true}""")));
        var daytime = await RunOfAsync(id, r => r.Id != run.Id);

        Assert.Equal(AutomationRunResult.ConditionsFailed, daytime.Result);
        Assert.Equal(AutomationRunResult.Succeeded, run.Result);
        Assert.Equal(("$.actions[0]", "applied"), (run.Steps[0].Path, run.Steps[0].CommandStatus));
        Assert.Equal("$.conditions[0]", Assert.Single(run.Conditions).Path);
    }

    [Fact]
    public async Task ATvTriggerFiresWhenPlaybackStarts()
    {
        var id = Create("""
            {"name":"Movie","triggers":[{"kind":"tv","deviceId":"tv","playback":"playing"}],
             "actions":[{"kind":"notify","message":"film"}]}
            """);
        var playing = _catalog.ListRunnable().Single(r => r.Entry.Id == id).Definition.Triggers[0];
        var value = ((AiotHub.Automation.Automations.Triggers.PropertyTrigger)playing).To!.Value.GetRawText();

        Assert.Empty(_registry.OnProperties("tv", Json($$"""{"television.playback-state":{{value}}}""")));
        var run = await RunOfAsync(id, r => r.Result == AutomationRunResult.Succeeded);

        Assert.Equal("tv", run.Trigger.Kind);
    }

    [Fact]
    public async Task EditingAnAutomationCancelsItsRunInProgressAndDeletingItRemovesItsRuns()
    {
        const string body = """{"name":"Slow","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"5m"},{"kind":"notify","message":"done"}]}""";
        var id = Create(body);
        var run = _engine.RunNow(HomeId, id)!;
        await RunOfAsync(id, r => r.Steps.Any(s => s.Status == AutomationStepStatus.Running));

        Assert.Equal(AutomationWriteStatus.Done, _catalog.Replace(HomeId, id, Json(body.Replace("5m", "6m", StringComparison.Ordinal))).Status);
        var edited = (await _engine.WhenFinishedAsync(HomeId, run.Id))!;
        var second = _engine.RunNow(HomeId, id)!;
        await RunOfAsync(id, r => r.Id == second.Id && r.Steps.Any(s => s.Status == AutomationStepStatus.Running));
        Assert.Equal(AutomationWriteStatus.Done, _catalog.SetEnabled(HomeId, id, false).Status);
        var disabled = (await _engine.WhenFinishedAsync(HomeId, second.Id))!;
        Assert.Null(_engine.RunNow(HomeId, id));

        Assert.Equal((AutomationRunResult.Cancelled, "the automation was edited"), (edited.Result, edited.Reason));
        Assert.Equal((AutomationRunResult.Cancelled, "the automation was disabled or can no longer run"), (disabled.Result, disabled.Reason));
        Assert.Equal(2, _engine.CountRuns(new AutomationRunQuery(HomeId, id)));

        Assert.Equal(AutomationWriteStatus.Done, _catalog.Delete(HomeId, id).Status);
        Assert.Equal(0, _engine.CountRuns(new AutomationRunQuery(HomeId, id)));
        Assert.DoesNotContain(_store.Automations.LoadRuns(), r => r.Contains(id, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _scenes.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _devices;
        }
        catch (OperationCanceledException)
        {
        }

        await _store.DisposeAsync();
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
