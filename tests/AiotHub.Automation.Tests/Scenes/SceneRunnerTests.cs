using System.Diagnostics;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;
using static AiotHub.Automation.Tests.Scenes.SceneCatalogTests;

namespace AiotHub.Automation.Tests.Scenes;

/// <summary>Scene runs over a registry driven by hand: pacing, each command's outcome, events, kept runs.</summary>
public sealed class SceneRunnerTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-scene-runs-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private (DeviceRegistry Registry, SceneCatalog Catalog, SceneRunner Runner) Create(TimeSpan interval, HubFile? store = null, int runsPerScene = 20)
    {
        var registry = TestRegistry.Create(_clock, store: store);
        var catalog = new SceneCatalog(registry, store, _clock);
        return (registry, catalog, new SceneRunner(catalog, store, _clock, new SceneRunnerOptions { CommandInterval = interval, RunsPerScene = runsPerScene }));
    }

    /// <summary>Answers each command the registry queues: by device id, the code to reply with (none = never reply).</summary>
    private static async Task<List<DeviceCommandRequest>> AnswerAsync(DeviceRegistry registry, int count, Func<string, int?> code, ManualClock? clock = null)
    {
        var sent = new List<DeviceCommandRequest>();
        var watch = Stopwatch.StartNew();
        while (sent.Count < count)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"only {sent.Count} of {count} commands were sent");
            if (registry.TakeOutbound() is { } message)
            {
                sent.Add(message);
                registry.MarkSent(message.CommandId);
                if (code(message.DeviceId) is { } reply)
                    registry.OnReply(message.DeviceId, message.CommandId, reply, reply == 0 ? null : "busy");
                continue;
            }

            // The runner waits for the clock between commands: move it on a little and look again.
            clock?.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5, Ct);
        }

        return sent;
    }

    [Fact]
    public async Task CommandsGoOutInStepOrderNoCloserThanTheInterval()
    {
        var (registry, catalog, runner) = Create(TimeSpan.FromSeconds(1));
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        catalog.Create(Home, Definition("""
            {"name":"Wave","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true}},
              {"deviceId":"lamp-2","set":{"light.on":true}},
              {"deviceId":"lamp-1","set":{"light.brightness":50}},
              {"deviceId":"lamp-2","set":{"light.brightness":50}}
            ]}
            """));

        var run = runner.Start(Home, "wave")!;
        var sent = await AnswerAsync(registry, 4, _ => 0, _clock);
        var finished = (await runner.WhenFinishedAsync(Home, "wave", run.Id))!;

        Assert.Equal(SceneRunStatus.Running, run.Status);
        Assert.Equal(["lamp-1", "lamp-2", "lamp-1", "lamp-2"], sent.Select(m => m.DeviceId));
        var created = finished.Steps.Select(s => registry.GetCommand(s.CommandId!)!.Created).ToList();
        for (var i = 1; i < created.Count; i++)
            Assert.True(created[i] - created[i - 1] >= TimeSpan.FromSeconds(1), $"command {i} came {(created[i] - created[i - 1]).TotalMilliseconds} ms after the one before");
        Assert.Equal(sent.Select(m => m.CommandId), finished.Steps.Select(s => s.CommandId));
        Assert.Equal(SceneRunStatus.Succeeded, finished.Status);
    }

    [Fact]
    public async Task ARunRecordsEachCommandsOutcomeAndIsPartialWhenSomeFail()
    {
        var (registry, catalog, runner) = Create(TimeSpan.Zero);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        registry.OnAnnounce("lamp-3", new DeviceAnnouncement(Light));
        registry.Online("speaker-1", Speaker);
        catalog.Create(Home, Definition("""
            {"name":"Mixed","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":20}},
              {"deviceId":"lamp-2","set":{"light.on":true}},
              {"deviceId":"lamp-3","set":{"light.on":true}},
              {"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":"hi"}}
            ]}
            """));
        // lamp-2 becomes another kind of device (announced and approved): its step no longer fits and is not sent.
        registry.OnAnnounce("lamp-2", new DeviceAnnouncement(Speaker));
        registry.ApproveDevice(Home, "lamp-2");

        var run = runner.Start(Home, "mixed")!;
        await AnswerAsync(registry, 2, device => device == "lamp-1" ? 0 : 4);
        var finished = (await runner.WhenFinishedAsync(Home, "mixed", run.Id))!;

        Assert.Equal(SceneRunStatus.Partial, finished.Status);
        Assert.Equal(
            [SceneStepStatus.Applied, SceneStepStatus.Invalid, SceneStepStatus.Offline, SceneStepStatus.Rejected],
            finished.Steps.Select(s => s.Status));
        Assert.Equal(("light.on,light.brightness", SceneStepKind.Set), (finished.Steps[0].Key, finished.Steps[0].Kind));
        Assert.Equal(("intelligent-speaker.play-text", SceneStepKind.Call), (finished.Steps[3].Key, finished.Steps[3].Kind));
        Assert.Equal((4, "busy"), (finished.Steps[3].Code, finished.Steps[3].Message));
        Assert.Null(finished.Steps[1].CommandId);
        Assert.Contains("no property light.on", finished.Steps[1].Message, StringComparison.Ordinal);
        Assert.NotNull(finished.Steps[2].CommandId);
        Assert.Equal(0, finished.Steps[0].LatencyMs);
        Assert.Equal((1, 3), (finished.Succeeded, finished.Failed));
        Assert.Equal(_clock.GetUtcNow(), finished.Finished);
    }

    [Fact]
    public async Task ACommandWithoutReplyIsTimedOutAndARunWithNothingAppliedFailed()
    {
        var (registry, catalog, runner) = Create(TimeSpan.Zero);
        registry.Online("lamp-1");
        catalog.Create(Home, Definition("""{"name":"Silent","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));

        var run = runner.Start(Home, "silent")!;
        await AnswerAsync(registry, 1, _ => null);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var finished = (await runner.WhenFinishedAsync(Home, "silent", run.Id))!;

        Assert.Equal(SceneRunStatus.Failed, finished.Status);
        Assert.Equal(SceneStepStatus.TimedOut, Assert.Single(finished.Steps).Status);
    }

    [Fact]
    public async Task ARunIsAnnouncedWhenItStartsAndWhenItFinishesAfterItsCommandsOutcomes()
    {
        var (registry, catalog, runner) = Create(TimeSpan.Zero);
        registry.Online("lamp-1");
        catalog.Create(Home, Definition("""{"name":"Lamp on","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));
        using var subscription = registry.Events.Subscribe(Home);

        var run = runner.Start(Home, "lamp-on")!;
        await AnswerAsync(registry, 1, _ => 0);
        await runner.WhenFinishedAsync(Home, "lamp-on", run.Id);

        var events = new List<HomeEvent>();
        while (events.Count(e => e.Type.StartsWith("scene-run", StringComparison.Ordinal)) < 2)
            events.Add(await subscription.Reader.ReadAsync(Ct));
        var started = events.First(e => e.Data is SceneRunStarted);
        var finished = events.First(e => e.Data is SceneRunFinished);
        Assert.Equal(new SceneRunStarted(run.Id, "lamp-on", "Lamp on", SceneRunStatus.Running, 0, 0), started.Data);
        Assert.Equal(new SceneRunFinished(run.Id, "lamp-on", "Lamp on", SceneRunStatus.Succeeded, 1, 0), finished.Data);
        Assert.True(finished.Id > started.Id);
        // The command's own outcome is on the feed before the run that waited for it says it is over.
        var applied = events.Single(e => e.Data is CommandUpdated { Status: CommandStatus.Applied });
        Assert.True(applied.Id < finished.Id, $"command-updated {applied.Id}, scene-run-finished {finished.Id}");
    }

    [Fact]
    public async Task OnlyTheNewestRunsAreKeptAndTheySurviveReopeningTheFile()
    {
        var path = Path.Combine(_directory, "hub.db");
        var ids = new List<string>();
        await using (var store = HubFile.Open(path, _clock))
        {
            var (registry, catalog, runner) = Create(TimeSpan.Zero, store, runsPerScene: 2);
            registry.Online("lamp-1");
            catalog.Create(Home, Definition("""{"name":"Lamp on","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));
            for (var i = 0; i < 3; i++)
            {
                var run = runner.Start(Home, "lamp-on")!;
                await AnswerAsync(registry, 1, _ => 0);
                await runner.WhenFinishedAsync(Home, "lamp-on", run.Id);
                ids.Add(run.Id);
                _clock.Advance(TimeSpan.FromSeconds(1));
            }

            // One left running when the hub stops: what it sent has no known outcome.
            runner.Start(Home, "lamp-on");
            await AnswerAsync(registry, 1, _ => null);
            await runner.DisposeAsync();
            Assert.Equal(SceneStepStatus.TimedOut, runner.ListRuns(Home, "lamp-on")[0].Steps[0].Status);
        }

        await using (var store = HubFile.Open(path, _clock))
        {
            var (_, _, runner) = Create(TimeSpan.Zero, store, runsPerScene: 2);
            var runs = runner.ListRuns(Home, "lamp-on");
            Assert.Equal(2, runs.Count);
            Assert.Equal(SceneRunStatus.Failed, runs[0].Status);
            Assert.Equal("the hub stopped before a reply arrived", runs[0].Steps[0].Message);
            Assert.Equal(ids[2], runs[1].Id);
            Assert.Equal(SceneRunStatus.Succeeded, runs[1].Status);
            Assert.Equal(SceneStepStatus.Applied, runs[1].Steps[0].Status);
        }
    }

    [Fact]
    public void AnUnknownSceneDoesNotRun()
    {
        var (_, _, runner) = Create(TimeSpan.Zero);
        Assert.Null(runner.Start(Home, "nothing"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
