using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Definitions.AutomationCatalogTests;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>An automation that stops fitting its home is unavailable with its problems, stays listed and editable, and comes back when it fits again; nothing throws.</summary>
public sealed class AutomationAvailabilityTests : IDisposable
{
    private const string MovieLights = """
        {"id":"movie-lights","name":"Movie lights","triggers":[{"kind":"tv","deviceId":"tv","playback":"playing"}],
         "actions":[{"kind":"scene","sceneId":"movie"},{"kind":"set","deviceId":"hall-light","properties":{"light.mode":"TV"}}]}
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-automations-").FullName;

    private static SceneDefinition Movie => new("movie", "Movie", null, [new SceneStep("lamp-1", Set: Json("""{"light.on":false}"""))]);

    [Fact]
    public void DeletingASceneMakesItsAutomationsUnavailableAndSavingItAgainBringsThemBack()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, Movie);
        using var catalog = new AutomationCatalog(registry, scenes, timeProvider: _clock);
        Assert.Equal(AutomationWriteStatus.Done, catalog.Create(Home, Json(MovieLights)).Status);
        using var feed = registry.Events.Subscribe(Home);
        var changed = 0;
        catalog.Changed += (_, _) => changed++;

        scenes.Delete(Home, "movie");
        var gone = catalog.Find(Home, "movie-lights")!;
        var runnableWhileGone = catalog.ListRunnable();
        scenes.Create(Home, Movie);
        var back = catalog.Find(Home, "movie-lights")!;

        Assert.Equal(AutomationState.Unavailable, gone.State);
        Assert.Equal(("$.actions[0].sceneId", "no scene 'movie' in home 'home'"), (Assert.Single(gone.Problems).Path, gone.Problems[0].Message));
        Assert.Equal(1, gone.Version);
        Assert.Empty(runnableWhileGone);
        Assert.Equal((AutomationState.Available, 0), (back.State, back.Problems.Count));
        Assert.Single(catalog.ListRunnable());
        Assert.Equal(["unavailable", "available"], Changes(feed));
        Assert.Equal(2, changed);
    }

    [Fact]
    public async Task AModelChangeOnceApprovedMakesTheAutomationUnavailableUntilItIsBack()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, Movie);
        using var catalog = new AutomationCatalog(registry, scenes, timeProvider: _clock);
        catalog.Create(Home, Json(MovieLights));
        // The catalog follows device changes without being a client of the feed (the API counts those).
        Assert.Equal(0, registry.Events.SubscriberCount);

        // A re-announce as another model is only held: the automation still fits.
        registry.OnAnnounce("tv", new Core.Devices.DeviceAnnouncement(TestRegistry.Light));
        var held = catalog.Find(Home, "movie-lights")!;
        var unavailable = NextChange(catalog);
        registry.ApproveDevice(Home, "tv");
        await unavailable.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var entry = catalog.Find(Home, "movie-lights")!;
        var available = NextChange(catalog);
        registry.OnAnnounce("tv", new Core.Devices.DeviceAnnouncement("aiot.tv.t1"));
        registry.ApproveDevice(Home, "tv");
        await available.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(AutomationState.Available, held.State);
        Assert.Equal(AutomationState.Unavailable, entry.State);
        Assert.Equal("$.triggers[0].deviceId", Assert.Single(entry.Problems).Path);
        Assert.Contains("not a TV or TV box", entry.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(AutomationState.Available, catalog.Find(Home, "movie-lights")!.State);
    }

    [Fact]
    public async Task RemovingADeviceMakesTheAutomationUnavailableWithTheReason()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, Movie);
        using var catalog = new AutomationCatalog(registry, scenes, timeProvider: _clock);
        catalog.Create(Home, Json(MovieLights));

        var unavailable = NextChange(catalog);
        registry.RemoveDevice(Home, "hall-light", Core.Devices.DeviceHistory.Purge);
        await unavailable.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var entry = catalog.Find(Home, "movie-lights")!;
        Assert.Equal(AutomationState.Unavailable, entry.State);
        Assert.Equal(("$.actions[1].deviceId", "no device 'hall-light' in home 'home'"), (Assert.Single(entry.Problems).Path, entry.Problems[0].Message));
        Assert.Empty(catalog.ListRunnable());
    }

    [Fact]
    public async Task DeviceChangesBeyondTheRecheckQueueWidenTheNextRecheckToEveryHomeAndNoneIsLost()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, Movie);
        using var catalog = new AutomationCatalog(registry, scenes, timeProvider: _clock);
        catalog.Create(Home, Json(MovieLights));
        using var release = new ManualResetEventSlim();
        var workerHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Changed runs on the re-check worker: holding it there keeps the worker from draining its queue.
        catalog.Changed += (_, _) =>
        {
            if (workerHeld.TrySetResult())
                release.Wait(Patience);
        };
        registry.RemoveDevice(Home, "hall-light", Core.Devices.DeviceHistory.Purge);
        await workerHeld.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        // A burst of device changes while the worker is busy: the queue takes its bound, the rest widen the next pass.
        for (var i = 0; i < AutomationCatalog.MaxQueuedRechecks + 76; i++)
            registry.UpdateDevice("tv", name: $"TV {i}");
        registry.Online("hall-light");
        release.Set();

        Assert.Equal(77, catalog.WidenedRechecks);
        var deadline = DateTime.UtcNow + Patience;
        while (catalog.Find(Home, "movie-lights")!.State != AutomationState.Available && DateTime.UtcNow < deadline)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        // The device that came back, behind a full queue, was checked all the same.
        Assert.Equal(AutomationState.Available, catalog.Find(Home, "movie-lights")!.State);
    }

    [Fact]
    public async Task AStoredAutomationWhoseDeviceIsMissingLoadsUnavailableAndComesBackWhenTheDeviceIsAdded()
    {
        var path = Path.Combine(_directory, "hub.db");
        await using (var store = HubFile.Open(path, _clock))
        {
            using var catalog = new AutomationCatalog(Registry(_clock), new SceneCatalog(Registry(_clock)), store, _clock);
            Assert.Equal(AutomationWriteStatus.Done, catalog.Create(Home, Json("""
                {"id":"night","name":"Night","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}],
                 "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true}}]}
                """)).Status);
        }

        await using (var store = HubFile.Open(path, _clock))
        {
            var registry = TestRegistry.Create(_clock);
            registry.Online("hall-light");
            using var catalog = new AutomationCatalog(registry, new SceneCatalog(registry), store, _clock);
            var loaded = catalog.Find(Home, "night")!;
            var available = NextChange(catalog);
            registry.Online("hall-motion", "aiot.sensor.motion1");
            await available.WaitAsync(Patience, TestContext.Current.CancellationToken);

            Assert.Equal(AutomationState.Unavailable, loaded.State);
            Assert.Equal(("$.triggers[0].deviceId", "no device 'hall-motion' in home 'home'"), (Assert.Single(loaded.Problems).Path, loaded.Problems[0].Message));
            Assert.Equal(AutomationState.Available, catalog.Find(Home, "night")!.State);
            Assert.Single(catalog.ListRunnable());
        }
    }

    [Fact]
    public async Task ARowThatIsNotJsonIsListedUnavailableAndCanBeReplacedOrDeleted()
    {
        var path = Path.Combine(_directory, "hub.db");
        await using var store = HubFile.Open(path, _clock);
        store.Automations.SaveAutomation(Home, "broken", "{not json");
        store.Automations.SaveAutomation(Home, "no-definition", """{"id":"no-definition","enabled":true}""");
        store.Automations.SaveAutomation(Home, "old-format", """{"id":"old-format","homeId":"home","enabled":true,"version":4,"created":"2026-01-01T00:00:00+00:00","updated":"2026-01-01T00:00:00+00:00","definition":{"name":"Old","when":[]}}""");
        var registry = Registry(_clock);
        using var catalog = new AutomationCatalog(registry, new SceneCatalog(registry), store, _clock);

        var entries = catalog.List(Home);
        var enable = catalog.SetEnabled(Home, "broken", true);
        var replaced = catalog.Replace(Home, "broken", Json("""{"name":"Fixed","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"ok"}]}"""));

        Assert.Equal(["broken", "no-definition", "old-format"], entries.Select(e => e.Id));
        Assert.All(entries, e => Assert.Equal(AutomationState.Unavailable, e.State));
        Assert.Contains("not readable", entries[0].Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(["$.when", "$.triggers", "$.actions"], entries[2].Problems.Select(p => p.Path));
        Assert.Equal((4L, "Old"), (entries[2].Version, entries[2].Name));
        Assert.Equal(AutomationWriteStatus.Invalid, enable.Status);
        Assert.Equal((AutomationWriteStatus.Done, AutomationState.Available, "Fixed"), (replaced.Status, replaced.Automation!.State, replaced.Automation.Name));
        Assert.Equal(AutomationWriteStatus.Done, catalog.Delete(Home, "no-definition").Status);
        Assert.Equal(["broken", "old-format"], store.Automations.LoadAutomations().Select(r => r.Id));
    }

    [Fact]
    public void AnUnavailableAutomationCanBeDisabledAndReplaced()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, Movie);
        using var catalog = new AutomationCatalog(registry, scenes, timeProvider: _clock);
        catalog.Create(Home, Json(MovieLights));
        scenes.Delete(Home, "movie");

        var disabled = catalog.SetEnabled(Home, "movie-lights", false);
        var replaced = catalog.Replace(Home, "movie-lights", Json(MovieLights.Replace("""{"kind":"scene","sceneId":"movie"},""", "", StringComparison.Ordinal)));

        Assert.Equal((AutomationWriteStatus.Done, AutomationState.Unavailable), (disabled.Status, disabled.Automation!.State));
        Assert.Equal((AutomationState.Available, false, 3L), (replaced.Automation!.State, replaced.Automation.Enabled, replaced.Automation.Version));
    }

    private static Task NextChange(AutomationCatalog catalog)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(string home, string id)
        {
            catalog.Changed -= Handler;
            done.TrySetResult();
        }

        catalog.Changed += Handler;
        return done.Task;
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
