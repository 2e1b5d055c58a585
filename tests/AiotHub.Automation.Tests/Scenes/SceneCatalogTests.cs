using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Profiles;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Automation.Tests.Scenes;

/// <summary>Scene definitions: read with paths, validated against the home's devices, versioned, kept in hub.db.</summary>
public sealed class SceneCatalogTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-scenes-").FullName;

    internal static SceneDefinition Definition(string json)
    {
        var errors = new List<ProfileError>();
        var definition = SceneDefinitionReader.Read(Json(json), errors);
        Assert.True(definition is not null, string.Join("; ", errors));
        return definition;
    }

    [Fact]
    public void ACreatedSceneGetsASlugIdAndVersionOneAndEachReplaceAddsOne()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var catalog = new SceneCatalog(registry, timeProvider: _clock);

        var created = catalog.Create(Home, Definition("""{"name":"Good night!","icon":"moon","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var replaced = catalog.Replace(Home, "good-night", Definition("""{"name":"Night","steps":[{"deviceId":"lamp-1","set":{"light.brightness":5}}]}"""), precondition: v => v == 1);

        Assert.Equal(SceneWriteStatus.Done, created.Status);
        Assert.Equal(("good-night", 1, "moon"), (created.Scene!.Id, created.Scene.Version, created.Scene.Icon));
        Assert.Equal(SceneWriteStatus.Done, replaced.Status);
        Assert.Equal(("Night", 2), (replaced.Scene!.Name, replaced.Scene.Version));
        Assert.Equal(created.Scene.Created, replaced.Scene.Created);
        Assert.Equal(created.Scene.Created + TimeSpan.FromSeconds(5), replaced.Scene.Updated);
        Assert.Equal("good-night", Assert.Single(catalog.List(Home)).Id);
    }

    [Fact]
    public void AStaleVersionChangesNothing()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var catalog = new SceneCatalog(registry, timeProvider: _clock);
        catalog.Create(Home, Definition("""{"id":"evening","name":"Evening","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));
        catalog.Replace(Home, "evening", Definition("""{"name":"Evening 2","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));

        var replace = catalog.Replace(Home, "evening", Definition("""{"name":"Evening 3","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""), precondition: v => v == 1);
        var delete = catalog.Delete(Home, "evening", precondition: v => v == 1);

        Assert.Equal(SceneWriteStatus.VersionMismatch, replace.Status);
        Assert.Equal(SceneWriteStatus.VersionMismatch, delete.Status);
        Assert.Equal(("Evening 2", 2), (catalog.Find(Home, "evening")!.Name, catalog.Find(Home, "evening")!.Version));
        Assert.Equal(SceneWriteStatus.Done, catalog.Delete(Home, "evening", precondition: v => v == 2).Status);
        Assert.Null(catalog.Find(Home, "evening"));
    }

    [Fact]
    public void ADuplicateIdIsRefusedAndTheFirstSceneStays()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var catalog = new SceneCatalog(registry, timeProvider: _clock);
        catalog.Create(Home, Definition("""{"name":"Movie","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""));

        var second = catalog.Create(Home, Definition("""{"name":"movie","steps":[{"deviceId":"lamp-1","set":{"light.on":true}}]}"""));

        Assert.Equal(SceneWriteStatus.Duplicate, second.Status);
        Assert.Equal("Movie", catalog.Find(Home, "movie")!.Name);
    }

    [Fact]
    public void EveryInvalidStepIsReportedAtItsJsonPathAndNothingIsStored()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("speaker-1", Speaker);
        registry.OnAnnounce("mystery-1", new DeviceAnnouncement("acme.thing.x1"));
        var catalog = new SceneCatalog(registry, timeProvider: _clock);

        var result = catalog.Create(Home, Definition("""
            {"name":"Broken","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true}},
              {"deviceId":"ghost","set":{"light.on":true}},
              {"deviceId":"lamp-1","set":{"light.brightness":500,"light.nope":1}},
              {"deviceId":"speaker-1","call":"intelligent-speaker.play-text"},
              {"deviceId":"speaker-1","call":"intelligent-speaker.dance"},
              {"deviceId":"mystery-1","set":{"x.y":1}}
            ]}
            """));

        Assert.Equal(SceneWriteStatus.Invalid, result.Status);
        Assert.Equal(
            ["$.steps[1].deviceId", "$.steps[2].set['light.brightness']", "$.steps[2].set['light.nope']", "$.steps[3].in.text", "$.steps[4].call", "$.steps[5].deviceId"],
            result.Errors!.Select(e => e.Path));
        Assert.Contains("outside", result.Errors![1].Message, StringComparison.Ordinal);
        Assert.Contains("pending", result.Errors[5].Message, StringComparison.Ordinal);
        Assert.Empty(catalog.List(Home));
    }

    [Fact]
    public void TheReaderReportsEveryShapeProblemWithItsPath()
    {
        var errors = new List<ProfileError>();

        var definition = SceneDefinitionReader.Read(Json("""
            {"id":"Bad Id","name":"","icon":7,"steps":[
              {"deviceId":"a","set":{"light.on":true},"call":"light.toggle"},
              {"set":{}},
              {"deviceId":"b","call":"light.toggle","in":[1],"color":"red"},
              3
            ]}
            """), errors);

        Assert.Null(definition);
        Assert.Equal(
            ["$.id", "$.name", "$.icon", "$.steps[0]", "$.steps[1].deviceId", "$.steps[1].set", "$.steps[2].color", "$.steps[2].in", "$.steps[3]"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void TooManyStepsOrNoneAreSaidAsSuchWithTheLimit()
    {
        var step = """{"deviceId":"lamp-1","set":{"light.on":true}}""";
        var tooMany = new List<ProfileError>();
        var none = new List<ProfileError>();

        SceneDefinitionReader.Read(Json($$"""{"name":"x","steps":[{{string.Join(",", Enumerable.Repeat(step, SceneDefinitionReader.MaxSteps + 1))}}]}"""), tooMany);
        SceneDefinitionReader.Read(Json("""{"name":"x","steps":[]}"""), none);

        Assert.Equal(("$.steps", "too many steps: 201; a scene has at most 200"), (Assert.Single(tooMany).Path, tooMany[0].Message));
        Assert.Equal(("$.steps", "an empty array; a scene has 1 to 200 steps"), (Assert.Single(none).Path, none[0].Message));
    }

    [Fact]
    public void ASnapshotHoldsTheWritableReportedValuesOfTheNamedDevices()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("bulb-1", "aiot.light.bulb-rgb1");
        registry.OnProperties("lamp-1", Json("""{"light.on":true,"light.brightness":40}"""));
        // color-mode is read-only: a scene cannot set it.
        registry.OnProperties("bulb-1", Json("""{"light.on":false,"light.color-mode":2}"""));
        var catalog = new SceneCatalog(registry, timeProvider: _clock);

        var named = catalog.Snapshot(Home, "Reading", deviceIds: ["lamp-1"]);
        var all = catalog.Snapshot(Home, "Everything");
        var unknown = catalog.Snapshot(Home, "Nothing", deviceIds: ["lamp-1", "ghost"]);

        var step = Assert.Single(named.Scene!.Steps);
        Assert.Equal("lamp-1", step.DeviceId);
        Assert.Equal("""{"light.on":true,"light.brightness":40}""", JsonSerializer.Serialize(step.Set));
        Assert.Equal(["bulb-1", "lamp-1"], all.Scene!.Steps.Select(s => s.DeviceId));
        Assert.Equal("""{"light.on":false}""", JsonSerializer.Serialize(all.Scene.Steps[0].Set));
        Assert.Equal(SceneWriteStatus.Invalid, unknown.Status);
        Assert.Equal("$.deviceIds[1]", Assert.Single(unknown.Errors!).Path);
    }

    [Fact]
    public void APreviewShowsCurrentAndTargetValuesAndSendsNothing()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("speaker-1", Speaker);
        registry.OnProperties("lamp-1", Json("""{"light.on":true,"light.brightness":40}"""));
        var catalog = new SceneCatalog(registry, timeProvider: _clock);
        var scene = catalog.Create(Home, Definition("""
            {"name":"Dim","steps":[
              {"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":10,"light.mode":1}},
              {"deviceId":"speaker-1","call":"intelligent-speaker.play-text","in":{"text":"dimmed"}}
            ]}
            """)).Scene!;
        registry.OnAvailability("speaker-1", online: false);

        var preview = ScenePreview.Of(registry, scene);

        Assert.Equal(
            ["light.on true→true False", "light.brightness 40→10 True", "light.mode →1 True"],
            preview.Changes.Select(c => $"{c.Key} {c.Current?.GetRawText()}→{c.Target.GetRawText()} {c.Changes}"));
        Assert.Equal(("speaker-1", "intelligent-speaker.play-text"), (preview.Calls[0].DeviceId, preview.Calls[0].Action));
        Assert.Equal("$.steps[1].deviceId", Assert.Single(preview.Problems).Path);
        Assert.Null(registry.TakeOutbound());
        Assert.Empty(registry.ListCommands("lamp-1"));
    }

    [Fact]
    public async Task ScenesSurviveReopeningTheFile()
    {
        var path = Path.Combine(_directory, "hub.db");
        await using (var store = HubFile.Open(path, _clock))
        {
            var registry = Create(_clock, store: store);
            registry.Online("lamp-1");
            var catalog = new SceneCatalog(registry, store, _clock);
            catalog.Create(Home, Definition("""{"name":"Keep","steps":[{"deviceId":"lamp-1","set":{"light.brightness":30}}]}"""));
            catalog.Create(Home, Definition("""{"name":"Gone","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""));
            catalog.Replace(Home, "keep", Definition("""{"name":"Kept","icon":"star","steps":[{"deviceId":"lamp-1","set":{"light.brightness":35}}]}"""));
            catalog.Delete(Home, "gone");
        }

        await using (var store = HubFile.Open(path, _clock))
        {
            var catalog = new SceneCatalog(Create(_clock, store: store), store, _clock);
            var scene = Assert.Single(catalog.List(Home));
            Assert.Equal(("keep", "Kept", "star", 2), (scene.Id, scene.Name, scene.Icon, scene.Version));
            Assert.Equal(35, scene.Steps[0].Set!.Value.GetProperty("light.brightness").GetInt32());
        }
    }

    [Theory]
    [InlineData("Good night", "good-night")]
    [InlineData("  Movie -- time! ", "movie-time")]
    [InlineData("Welcome Home 2", "welcome-home-2")]
    public void ASlugIsLowerCaseWordsJoinedByDashes(string name, string slug) => Assert.Equal(slug, SceneIds.Slug(name));

    [Fact]
    public void ANameWithoutAsciiLettersGetsAGeneratedId()
    {
        var id = SceneIds.Slug("晚安");
        Assert.StartsWith("scene-", id, StringComparison.Ordinal);
        Assert.True(SceneIds.IsValid(id));
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
