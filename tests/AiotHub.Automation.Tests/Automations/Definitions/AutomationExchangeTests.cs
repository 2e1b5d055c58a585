using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices.Persistence;
using static AiotHub.Automation.Tests.Automations.Definitions.AutomationCatalogTests;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>Export and import: the definitions as written plus enabled; import all or nothing with paths into the document.</summary>
public sealed class AutomationExchangeTests
{
    private const string Night = """
        {"id":"night","name":"Night","description":"Dim the hall","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true,"for":"1m"}],
         "conditions":[{"kind":"time","after":"22:00","before":"06:00"}],
         "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.mode":"Night"}}]}
        """;

    private const string Hook = """
        {"id":"hook","name":"Hook","enabled":false,"mode":"parallel","max":3,"triggers":[{"kind":"webhook","hookId":"0123456789abcdefXYZ"}],
         "actions":[{"kind":"notify","message":"called","level":"warning"}]}
        """;

    private readonly ManualClock _clock = new();

    private AutomationCatalog Catalog(HubFile? store = null)
    {
        var registry = Registry(_clock);
        return new AutomationCatalog(registry, new SceneCatalog(registry), store, _clock);
    }

    [Fact]
    public void ExportDeleteImportGivesBackTheSameAutomations()
    {
        using var catalog = Catalog();
        catalog.Create(Home, Json(Night));
        catalog.Create(Home, Json(Hook));
        var exported = catalog.Export(Home);
        var before = catalog.List(Home);

        catalog.Delete(Home, "night");
        catalog.Delete(Home, "hook");
        var result = catalog.Import(Home, exported);
        var after = catalog.List(Home);

        Assert.Equal("aiothub-automations/1", exported.GetProperty("format").GetString());
        Assert.Equal(AutomationWriteStatus.Done, result.Status);
        Assert.Equal(["hook", "night"], result.Imported.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(exported.GetRawText(), catalog.Export(Home).GetRawText());
        Assert.Equal(before.Select(e => (e.Id, e.Name, e.Enabled, e.State)), after.Select(e => (e.Id, e.Name, e.Enabled, e.State)));
        Assert.Equal("Dim the hall", exported.GetProperty("automations")[1].GetProperty("description").GetString());
        Assert.False(exported.GetProperty("automations")[0].GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void ExportingListedIdsExportsOnlyThose()
    {
        using var catalog = Catalog();
        catalog.Create(Home, Json(Night));
        catalog.Create(Home, Json(Hook));

        var exported = catalog.Export(Home, ["night", "missing"]);

        Assert.Equal("night", Assert.Single(exported.GetProperty("automations").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void OneBadAutomationRefusesTheWholeImportWithPathsIntoTheDocument()
    {
        using var catalog = Catalog();
        using var feed = catalog.Registry.Events.Subscribe(Home);

        var result = catalog.Import(Home, Json($$"""
            {"format":"aiothub-automations/1","automations":[
              {{Night}},
              {{Hook}},
              {"name":"Broken","triggers":[{"kind":"property","deviceId":"ghost","property":"light.on"}],"actions":[{"kind":"delay","duration":"soon"}]}
            ]}
            """));

        Assert.Equal(AutomationWriteStatus.Invalid, result.Status);
        Assert.Equal(["$.automations[2].actions[0].duration"], result.Problems.Select(p => p.Path));
        Assert.Empty(result.Imported);
        Assert.Empty(catalog.List(Home));
        Assert.Empty(Changes(feed));
    }

    [Fact]
    public void AReferenceProblemInAnImportedAutomationHasItsDocumentPath()
    {
        using var catalog = Catalog();

        var result = catalog.Import(Home, Json("""
            {"format":"aiothub-automations/1","automations":[
              {"name":"A","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]},
              {"name":"B","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]},
              {"name":"C","triggers":[{"kind":"availability","deviceId":"ghost"}],"actions":[{"kind":"delay","duration":"1s"}]}
            ]}
            """));

        Assert.Equal(("$.automations[2].triggers[0].deviceId", "no device 'ghost' in home 'home'"), (Assert.Single(result.Problems).Path, result.Problems[0].Message));
    }

    [Fact]
    public void AnExistingIdIsADuplicateUnlessReplaceExistingAndThenItGetsANewVersion()
    {
        using var catalog = Catalog();
        catalog.Create(Home, Json(Night));
        var document = Json($$"""{"format":"aiothub-automations/1","automations":[{{Night.Replace("\"name\":\"Night\"", "\"name\":\"Night 2\"", StringComparison.Ordinal)}},{{Hook}}]}""");

        var refused = catalog.Import(Home, document);
        var unchanged = catalog.Find(Home, "night")!;
        var hookAfterRefusal = catalog.Find(Home, "hook");
        var replaced = catalog.Import(Home, document, replaceExisting: true);

        Assert.Equal(AutomationWriteStatus.Duplicate, refused.Status);
        Assert.Equal("$.automations[0].id", Assert.Single(refused.Problems).Path);
        Assert.Equal(("Night", 1L), (unchanged.Name, unchanged.Version));
        Assert.Null(hookAfterRefusal);
        Assert.Equal(AutomationWriteStatus.Done, replaced.Status);
        Assert.Equal(("Night 2", 2L), (catalog.Find(Home, "night")!.Name, catalog.Find(Home, "night")!.Version));
        Assert.Equal(1L, catalog.Find(Home, "hook")!.Version);
    }

    [Fact]
    public void DuplicatesInsideTheDocumentAreRefused()
    {
        using var catalog = Catalog();

        var result = catalog.Import(Home, Json($$"""
            {"format":"aiothub-automations/1","automations":[{{Hook}},{{Hook.Replace("\"id\":\"hook\"", "\"id\":\"hook-2\"", StringComparison.Ordinal)}},{{Night}},{{Night}}]}
            """));

        Assert.Equal(AutomationWriteStatus.Duplicate, result.Status);
        Assert.Equal(["$.automations[1].triggers[0].hookId", "$.automations[3].id"], result.Problems.Select(p => p.Path));
        Assert.Empty(catalog.List(Home));
    }

    [Theory]
    [InlineData("""[]""", "$")]
    [InlineData("""{"automations":[]}""", "$.format")]
    [InlineData("""{"format":"aiothub-automations/2","automations":[]}""", "$.format")]
    [InlineData("""{"format":"aiothub-automations/1"}""", "$.automations")]
    [InlineData("""{"format":"aiothub-automations/1","automations":[],"extra":1}""", "$.extra")]
    public void AMalformedDocumentIsRefused(string document, string path)
    {
        using var catalog = Catalog();

        var result = catalog.Import(Home, Json(document));

        Assert.Equal((AutomationWriteStatus.Invalid, path), (result.Status, Assert.Single(result.Problems).Path));
    }

    [Fact]
    public void AnEmptyExportImportsAsNothing()
    {
        using var catalog = Catalog();

        var result = catalog.Import(Home, catalog.Export(Home));

        Assert.Equal(AutomationWriteStatus.Done, result.Status);
        Assert.Empty(result.Imported);
    }

    [Fact]
    public async Task AnImportIsWrittenToHubDbInOneGo()
    {
        var directory = Directory.CreateTempSubdirectory("aiothub-automations-").FullName;
        try
        {
            var path = Path.Combine(directory, "hub.db");
            await using (var store = HubFile.Open(path, _clock))
            {
                using var catalog = Catalog(store);
                Assert.Equal(AutomationWriteStatus.Done, catalog.Import(Home, Json($$"""{"format":"aiothub-automations/1","automations":[{{Night}},{{Hook}}]}""")).Status);
            }

            await using (var store = HubFile.Open(path, _clock))
            {
                using var catalog = Catalog(store);
                Assert.Equal(["hook", "night"], catalog.List(Home).Select(e => e.Id));
                Assert.Equal(JsonValueKind.False, catalog.Find(Home, "hook")!.Definition.GetProperty("enabled").ValueKind);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
