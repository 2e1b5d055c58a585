using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>The catalog: create, replace, enable, delete with versions and preconditions, events, and hub.db.</summary>
public sealed class AutomationCatalogTests : IDisposable
{
    private const string NightLight = """
        {"name":"Hallway light at night","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}],
         "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true,"light.brightness":30}}]}
        """;

    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-automations-").FullName;
    private readonly List<IDisposable> _disposables = [];

    private AutomationCatalog Catalog(out Core.Devices.DeviceRegistry registry, HubFile? store = null)
    {
        registry = Registry(_clock, store);
        var catalog = new AutomationCatalog(registry, new SceneCatalog(registry, store, _clock), store, _clock);
        _disposables.Add(catalog);
        return catalog;
    }

    [Fact]
    public void ACreatedAutomationGetsASlugIdAndVersionOneAndEachWriteAddsOne()
    {
        var catalog = Catalog(out var registry);
        using var feed = registry.Events.Subscribe(Home);
        var changed = new List<(string, string)>();
        catalog.Changed += (home, id) => changed.Add((home, id));

        var created = catalog.Create(Home, Json(NightLight));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var replaced = catalog.Replace(Home, "hallway-light-at-night", Json(NightLight.Replace("at night", "after dark", StringComparison.Ordinal)), v => v == 1);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var disabled = catalog.SetEnabled(Home, "hallway-light-at-night", false, v => v == 2);

        Assert.Equal(AutomationWriteStatus.Done, created.Status);
        Assert.Equal(("hallway-light-at-night", 1L, true, AutomationState.Available), (created.Automation!.Id, created.Automation.Version, created.Automation.Enabled, created.Automation.State));
        Assert.Equal(("Hallway light after dark", 2L), (replaced.Automation!.Name, replaced.Automation.Version));
        Assert.Equal((3L, false), (disabled.Automation!.Version, disabled.Automation.Enabled));
        Assert.Equal(created.Automation.Created, disabled.Automation.Created);
        Assert.Equal(created.Automation.Created + TimeSpan.FromSeconds(10), disabled.Automation.Updated);
        Assert.Equal("hallway-light-at-night", disabled.Automation.Definition.GetProperty("id").GetString());
        Assert.False(disabled.Automation.Definition.GetProperty("enabled").GetBoolean());
        Assert.Equal(3, changed.Count);
        Assert.Equal(["created", "updated", "disabled"], Changes(feed));
    }

    [Fact]
    public void TwoAutomationsNamedAlikeGetDistinctIdsAndAnExplicitDuplicateIsRefused()
    {
        var catalog = Catalog(out _);

        var first = catalog.Create(Home, Json(NightLight));
        var second = catalog.Create(Home, Json(NightLight));
        var duplicate = catalog.Create(Home, Json(NightLight.Replace("{\"name\"", "{\"id\":\"hallway-light-at-night\",\"name\"", StringComparison.Ordinal)));

        Assert.Equal(("hallway-light-at-night", "hallway-light-at-night-2"), (first.Automation!.Id, second.Automation!.Id));
        Assert.Equal(AutomationWriteStatus.Duplicate, duplicate.Status);
        Assert.Equal("$.id", Assert.Single(duplicate.Problems!).Path);
        Assert.Equal(2, catalog.List(Home).Count);
    }

    [Fact]
    public void AStaleVersionChangesNothing()
    {
        var catalog = Catalog(out _);
        catalog.Create(Home, Json(NightLight));
        catalog.SetEnabled(Home, "hallway-light-at-night", false);

        var replace = catalog.Replace(Home, "hallway-light-at-night", Json(NightLight), v => v == 1);
        var enable = catalog.SetEnabled(Home, "hallway-light-at-night", true, v => v == 1);
        var delete = catalog.Delete(Home, "hallway-light-at-night", v => v == 1);

        Assert.Equal([AutomationWriteStatus.VersionMismatch, AutomationWriteStatus.VersionMismatch, AutomationWriteStatus.VersionMismatch], new[] { replace.Status, enable.Status, delete.Status });
        Assert.Equal(2, replace.Automation!.Version);
        var entry = catalog.Find(Home, "hallway-light-at-night")!;
        Assert.Equal((2L, false), (entry.Version, entry.Enabled));
        Assert.Equal(AutomationWriteStatus.Done, catalog.Delete(Home, "hallway-light-at-night", v => v == 2).Status);
        Assert.Null(catalog.Find(Home, "hallway-light-at-night"));
        Assert.Equal(AutomationWriteStatus.NotFound, catalog.Delete(Home, "hallway-light-at-night").Status);
        Assert.Equal(AutomationWriteStatus.NotFound, catalog.SetEnabled(Home, "nope", true).Status);
        Assert.Equal(AutomationWriteStatus.NotFound, catalog.Replace(Home, "nope", Json(NightLight)).Status);
    }

    [Fact]
    public async Task OfRacingWritesAgainstOneVersionExactlyOnePasses()
    {
        var catalog = Catalog(out _);
        catalog.Create(Home, Json(NightLight));
        using var start = new ManualResetEventSlim();

        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return i % 2 == 0
                ? catalog.Replace(Home, "hallway-light-at-night", Json(NightLight.Replace("at night", $"take {i}", StringComparison.Ordinal)), v => v == 1).Status
                : catalog.SetEnabled(Home, "hallway-light-at-night", false, v => v == 1).Status;
        })).ToList();
        start.Set();
        var statuses = await Task.WhenAll(writes);

        Assert.Single(statuses, s => s == AutomationWriteStatus.Done);
        Assert.Equal(7, statuses.Count(s => s == AutomationWriteStatus.VersionMismatch));
        Assert.Equal(2, catalog.Find(Home, "hallway-light-at-night")!.Version);
    }

    [Fact]
    public void AnInvalidDefinitionIsRefusedWithItsPathsAndNothingIsStoredOrPublished()
    {
        var catalog = Catalog(out var registry);
        using var feed = registry.Events.Subscribe(Home);

        var result = catalog.Create(Home, Json("""
            {"name":"Bad","triggers":[{"kind":"property","deviceId":"ghost","property":"light.on"}],
             "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.brightness":300}}]}
            """));

        Assert.Equal(AutomationWriteStatus.Invalid, result.Status);
        Assert.Equal(["$.triggers[0].deviceId", "$.actions[0].properties['light.brightness']"], result.Problems!.Select(p => p.Path));
        Assert.Empty(catalog.List(Home));
        Assert.Empty(Changes(feed));
    }

    [Fact]
    public void ReplaceKeepsTheIdAndTheEnabledStateWhenTheBodyOmitsIt()
    {
        var catalog = Catalog(out _);
        catalog.Create(Home, Json(NightLight));
        catalog.SetEnabled(Home, "hallway-light-at-night", false);

        var renamed = catalog.Replace(Home, "hallway-light-at-night", Json(NightLight.Replace("{\"name\"", "{\"id\":\"other\",\"name\"", StringComparison.Ordinal)));
        var replaced = catalog.Replace(Home, "hallway-light-at-night", Json(NightLight));

        Assert.Equal(AutomationWriteStatus.Invalid, renamed.Status);
        Assert.Equal("$.id", Assert.Single(renamed.Problems!).Path);
        Assert.False(replaced.Automation!.Enabled);
        Assert.Empty(catalog.ListRunnable());
    }

    [Fact]
    public void AHookIdIsUniqueAcrossTheHub()
    {
        var catalog = Catalog(out _);
        const string hooked = """{"name":"Hook","triggers":[{"kind":"manual"},{"kind":"webhook","hookId":"k3Jd9-0123456789abc"}],"actions":[{"kind":"notify","message":"hi"}]}""";
        catalog.Create(Home, Json(hooked));

        var second = catalog.Create(Home, Json(hooked));
        var validate = catalog.Validate(Home, Json(hooked));

        Assert.Equal(AutomationWriteStatus.Duplicate, second.Status);
        Assert.Equal("$.triggers[1].hookId", Assert.Single(second.Problems!).Path);
        Assert.Equal(AutomationWriteStatus.Duplicate, validate.Status);
        Assert.Equal(AutomationWriteStatus.Done, catalog.Replace(Home, "hook", Json(hooked)).Status);
    }

    [Fact]
    public void ValidateNeverTellsWhetherAHookIdIsTakenInAnotherHomeOrToWhoMayNotReadHookIds()
    {
        var catalog = Catalog(out _);
        const string hooked = """{"name":"Hook","triggers":[{"kind":"manual"},{"kind":"webhook","hookId":"k3Jd9-0123456789abc"}],"actions":[{"kind":"notify","message":"hi"}]}""";
        const string free = """{"name":"Hook","triggers":[{"kind":"manual"},{"kind":"webhook","hookId":"zz9-never-used-0123"}],"actions":[{"kind":"notify","message":"hi"}]}""";
        catalog.Create(Home, Json(hooked));

        // The same answer for a taken and a free hook id: from another home, and in the home without the right to read hook ids.
        var elsewhere = (catalog.Validate("other-home", Json(hooked)).Status, catalog.Validate("other-home", Json(free)).Status);
        var unseen = (catalog.Validate(Home, Json(hooked), checkHooks: false).Status, catalog.Validate(Home, Json(free), checkHooks: false).Status);

        Assert.Equal((AutomationWriteStatus.Done, AutomationWriteStatus.Done), elsewhere);
        Assert.Equal((AutomationWriteStatus.Done, AutomationWriteStatus.Done), unseen);
    }

    [Fact]
    public void ValidateChecksWithoutStoring()
    {
        var catalog = Catalog(out _);

        var valid = catalog.Validate(Home, Json(NightLight));
        var invalid = catalog.Validate(Home, Json("""{"name":"x","triggers":[{"kind":"manual"}],"actions":[{"kind":"scene","sceneId":"nope"}]}"""));

        Assert.Equal((AutomationWriteStatus.Done, "hallway-light-at-night", 0L), (valid.Status, valid.Automation!.Id, valid.Automation.Version));
        Assert.Equal(("$.actions[0].sceneId", "no scene 'nope' in home 'home'"), (Assert.Single(invalid.Problems!).Path, invalid.Problems![0].Message));
        Assert.Empty(catalog.List(Home));
    }

    [Fact]
    public void ListRunnableHasTheEnabledAvailableAutomationsResolved()
    {
        var catalog = Catalog(out _);
        catalog.Create(Home, Json(NightLight));
        catalog.Create(Home, Json("""{"id":"off","enabled":false,"name":"Off","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}"""));

        var runnable = Assert.Single(catalog.ListRunnable());

        Assert.Equal("hallway-light-at-night", runnable.Definition.Id);
        Assert.Equal("motion-sensor.motion-state", Assert.IsType<PropertyTrigger>(Assert.Single(runnable.Definition.Triggers)).Property);
        Assert.Equal(30, Assert.IsType<SetPropertiesAction>(runnable.Definition.Actions[0]).Properties.GetProperty("light.brightness").GetInt32());
        Assert.False(catalog.Find(Home, "off")!.Enabled);
    }

    [Fact]
    public async Task AutomationsSurviveReopeningTheFile()
    {
        var path = Path.Combine(_directory, "hub.db");
        AutomationEntry kept;
        await using (var store = HubFile.Open(path, _clock))
        {
            using var catalog = new AutomationCatalog(Registry(_clock, store), new SceneCatalog(Registry(_clock), null, _clock), store, _clock);
            catalog.Create(Home, Json(NightLight));
            catalog.Create(Home, Json("""{"id":"gone","name":"Gone","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}"""));
            catalog.Replace(Home, "hallway-light-at-night", Json(NightLight.Replace("\"to\":true", "\"to\":true,\"for\":\"2m\"", StringComparison.Ordinal)));
            kept = catalog.SetEnabled(Home, "hallway-light-at-night", false).Automation!;
            catalog.Delete(Home, "gone");
        }

        await using (var store = HubFile.Open(path, _clock))
        {
            using var catalog = new AutomationCatalog(Registry(_clock, store), new SceneCatalog(Registry(_clock), null, _clock), store, _clock);
            var entry = Assert.Single(catalog.List(Home));
            Assert.Equal((kept.Id, kept.Version, kept.Enabled, kept.Created, kept.Updated, AutomationState.Available), (entry.Id, entry.Version, entry.Enabled, entry.Created, entry.Updated, entry.State));
            Assert.Equal(kept.Definition.GetRawText(), entry.Definition.GetRawText());
            Assert.Equal("2m", entry.Definition.GetProperty("triggers")[0].GetProperty("for").GetString());
        }
    }

    internal static List<string> Changes(HomeEventSubscription feed)
    {
        var changes = new List<string>();
        while (feed.Reader.TryRead(out var homeEvent))
        {
            if (homeEvent.Data is AutomationChanged changed)
                changes.Add(changed.Change);
        }

        return changes;
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
            disposable.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
