using System.Text.Json.Nodes;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Profiles;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>
/// The limits a definition is checked against (docs/automations.md "Limits"): each refusal names its key and the
/// JSON path where it applies, and a refused write or import stores nothing.
/// </summary>
public sealed class AutomationLimitsTests
{
    private readonly ManualClock _clock = new();

    private static string Notify(int n) => string.Join(",", Enumerable.Repeat("""{"kind":"notify","message":"m"}""", n));

    /// <summary>The automation of issue 12: <paramref name="ifs"/> "if" actions of <paramref name="notifies"/> "notify" actions each.</summary>
    private static string Nested(int ifs, int notifies, string id = "nested") =>
        $$"""{"id":"{{id}}","name":"{{id}}","mode":"parallel","max":100,"triggers":[{"kind":"manual"}],"actions":[{{string.Join(",", Enumerable.Repeat(
            $$"""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{{Notify(notifies)}}]}""", ifs))}}]}""";

    private AutomationCatalog Catalog(AutomationLimits limits)
    {
        var registry = Registry(_clock);
        return new AutomationCatalog(registry, new SceneCatalog(registry), null, _clock, new AutomationEngineOptions { Limits = limits });
    }

    [Fact]
    public void StepsAreCountedAcrossAllNestingAndTheFirstStepPastTheLimitIsNamed()
    {
        // 1 trigger + 100 × (if + condition + 100 notify) = 10,201 steps; the 201st is the second if's 96th notify.
        var problem = Assert.Single(Problems(Nested(100, 100)));

        Assert.Equal("$.actions[1].then[95]", problem.Path);
        Assert.Contains("10201", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Automations:Limits:StepsPerAutomation allows 200", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAutomationOfExactlyTheStepLimitIsValidAndOneMoreIsNot()
    {
        // 1 trigger + 18 × (if + condition + 9 notify) + 1 notify = 200.
        var atLimit = Nested(18, 9).Replace("]}]}", $"]}},{Notify(1)}]}}", StringComparison.Ordinal);
        var overLimit = Nested(18, 9).Replace("]}]}", $"]}},{Notify(2)}]}}", StringComparison.Ordinal);

        Read(atLimit);
        Assert.Equal("$.actions[19]", Assert.Single(Problems(overLimit)).Path);
    }

    [Fact]
    public void WaitTriggersChooseOptionsAndLogicConditionsCountAsSteps()
    {
        const string automation = """
            {"name":"x","triggers":[{"kind":"manual"}],
             "actions":[{"kind":"wait","triggers":[{"kind":"mode","to":"away"},{"kind":"mode","to":"home"}],"timeout":"1m"},
                        {"kind":"choose","options":[{"conditions":[{"kind":"and","conditions":[{"kind":"mode","in":["home"]}]}],"actions":[{"kind":"notify","message":"a"}]}],
                         "default":[{"kind":"notify","message":"b"}]}]}
            """;

        // trigger, wait, 2 wait triggers, choose, and, mode, notify, notify = 9.
        Assert.Null(AutomationSteps.Count(Json(automation), 9).FirstPastLimit);
        Assert.Equal((9, "$.actions[1].default[0]"), AutomationSteps.Count(Json(automation), 8));
    }

    [Fact]
    public void AListOverItsLengthSaysTooManyWithTheLimitAndThePathNotThatItIsEmpty()
    {
        var actions = Assert.Single(Problems($$"""{"name":"x","triggers":[{"kind":"manual"}],"actions":[{{Notify(101)}}]}"""));
        var then = Assert.Single(Problems($$"""{"name":"x","triggers":[{"kind":"manual"}],"actions":[{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{{Notify(101)}}]}]}"""),
            p => p.Path == "$.actions[0].then");
        var empty = Assert.Single(Problems("""{"name":"x","triggers":[{"kind":"manual"}],"actions":[]}"""));

        Assert.Equal(("$.actions", "too many actions: 101; at most 100"), (actions.Path, actions.Message));
        Assert.Equal("too many elements in \"then\": 101; at most 100", then.Message);
        Assert.Equal(("$.actions", "an empty array; \"actions\" needs 1 to 100 elements"), (empty.Path, empty.Message));
    }

    [Fact]
    public void ASnapshotOfTooManyDevicesSaysSoToo()
    {
        var devices = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"d{i}\""));

        var problem = Assert.Single(Problems($$"""{"name":"x","triggers":[{"kind":"manual"}],"actions":[{"kind":"snapshot","name":"s","deviceIds":[{{devices}}]}]}"""));

        Assert.Equal(("$.actions[0].deviceIds", "too many elements in \"deviceIds\": 101; at most 100"), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("* * * * * *", "1s")]
    [InlineData("*/30 * * * * *", "30s")]
    [InlineData("0,59 * * * * *", "1s")]
    [InlineData("59 59 23 * * *", null)]
    [InlineData("* * * * *", null)]
    [InlineData("0 0,23 * * *", null)]
    public void ACronFiringMoreOftenThanTheLimitIsRefusedNamingIt(string cron, string? every)
    {
        var automation = $$"""{"name":"x","triggers":[{"kind":"schedule","cron":"{{cron}}"}],"actions":[{"kind":"notify","message":"m"}]}""";

        if (every is null)
        {
            Read(automation);
            return;
        }

        var problem = Assert.Single(Problems(automation));
        Assert.Equal("$.triggers[0].cron", problem.Path);
        Assert.Equal($"fires too often: every {every} at the shortest; Automations:Limits:MinScheduleInterval allows once per 1m at most", problem.Message);
    }

    [Theory]
    [InlineData("0 9 * * *", 24 * 3600)]
    [InlineData("0,30 7 * * *", 30 * 60)]
    [InlineData("0 0,23 * * *", 3600)]
    [InlineData("*/15 * * * *", 15 * 60)]
    [InlineData("59 23 * * *", 24 * 3600)]
    [InlineData("30 59 23 * * *", 24 * 3600)]
    [InlineData("0,30 59 23 * * *", 30)]
    [InlineData("50 59 23,0 * * *", 3600)]
    [InlineData("* * * * * *", 1)]
    public void TheShortestIntervalOfACronIsFoundFromItsTimeOfDayFieldsAcrossMidnight(string cron, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), CronSchedule.Parse(cron).ShortestInterval);

    [Fact]
    public void TimesOfDayCloserThanTheLimitAreRefusedAroundTheClockToo()
    {
        var close = Assert.Single(Problems("""{"name":"x","triggers":[{"kind":"time","at":["07:00","07:00:30"]}],"actions":[{"kind":"notify","message":"m"}]}"""));
        var midnight = Assert.Single(Problems("""{"name":"x","triggers":[{"kind":"time","at":["23:59:50","00:00:10"]}],"actions":[{"kind":"notify","message":"m"}]}"""));

        Assert.Equal(("$.triggers[0].at", "fires too often: every 30s at the shortest; Automations:Limits:MinScheduleInterval allows once per 1m at most"), (close.Path, close.Message));
        Assert.Contains("every 20s", midnight.Message, StringComparison.Ordinal);
        Read("""{"name":"x","triggers":[{"kind":"time","at":["07:00","07:01"]}],"actions":[{"kind":"notify","message":"m"}]}""");
    }

    [Fact]
    public void ADelayOrAWaitLongerThanARunMayGoOnIsRefusedAtItsPath()
    {
        var problems = Problems("""
            {"name":"x","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"2d"},
             {"kind":"wait","trigger":{"kind":"mode","to":"away"},"timeout":"1d1s"}]}
            """);

        Assert.Equal(
            [
                ("$.actions[0].duration", "longer than a run may go on: 2d; Automations:Limits:RunDuration allows 1d"),
                ("$.actions[1].timeout", "longer than a run may go on: 1d1s; Automations:Limits:RunDuration allows 1d"),
            ],
            problems.Select(p => (p.Path, p.Message)));
        Read("""{"name":"x","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1d"}]}""");
    }

    [Fact]
    public void LimitsCanBeRaisedOrLowered()
    {
        var errors = new List<ProfileError>();
        var limits = new AutomationLimits { StepsPerAutomation = 20_000, MinScheduleInterval = TimeSpan.FromSeconds(1) };

        Assert.NotNull(AutomationReader.Read(Json(Nested(100, 100)), errors, limits));
        Assert.NotNull(AutomationReader.Read(Json("""{"name":"x","triggers":[{"kind":"schedule","cron":"* * * * * *"}],"actions":[{"kind":"notify","message":"m"}]}"""), errors, limits));
        Assert.Null(AutomationReader.Read(Json(Nested(1, 1)), errors, new AutomationLimits { StepsPerAutomation = 3 }));
        Assert.Equal("$.actions[0].then[0]", Assert.Single(errors).Path);
    }

    [Fact]
    public void AHomeAtItsLimitOfAutomationsRefusesAnotherAndStoresNothing()
    {
        using var catalog = Catalog(new AutomationLimits { AutomationsPerHome = 2 });
        catalog.Create(Home, Json(Nested(1, 1, "a")));
        catalog.Create(Home, Json(Nested(1, 1, "b")));

        var third = catalog.Create(Home, Json(Nested(1, 1, "c")));

        Assert.Equal(AutomationWriteStatus.Invalid, third.Status);
        Assert.Equal(("$", "too many automations in the home: it would have 3; Automations:Limits:AutomationsPerHome allows 2"),
            (Assert.Single(third.Problems!).Path, third.Problems![0].Message));
        Assert.Equal(["a", "b"], catalog.List(Home).Select(a => a.Id));
        Assert.Equal(AutomationWriteStatus.Done, catalog.Create("other-home", Json(Nested(1, 1, "c"))).Status);
    }

    [Fact]
    public void AnImportPastTheHomesLimitOrTheImportsOwnIsRefusedWholeAndStoresNothing()
    {
        using var catalog = Catalog(new AutomationLimits { AutomationsPerHome = 3, AutomationsPerImport = 2 });
        catalog.Create(Home, Json(Nested(1, 1, "a")));
        catalog.Create(Home, Json(Nested(1, 1, "b")));

        var pastHome = catalog.Import(Home, Document("c", "d"));
        var pastImport = catalog.Import(Home, Document("c", "d", "e"));
        var replacing = catalog.Import(Home, Document("a", "b"), replaceExisting: true);

        Assert.Equal((AutomationWriteStatus.Invalid, "$.automations", "too many automations in the home: it would have 4; Automations:Limits:AutomationsPerHome allows 3"),
            (pastHome.Status, Assert.Single(pastHome.Problems).Path, pastHome.Problems[0].Message));
        Assert.Equal(("$.automations", "too many automations in one import: 3; Automations:Limits:AutomationsPerImport allows 2"),
            (Assert.Single(pastImport.Problems).Path, pastImport.Problems[0].Message));
        Assert.Equal(AutomationWriteStatus.Done, replacing.Status);
        Assert.Equal(["a", "b"], catalog.List(Home).Select(a => a.Id));
    }

    private static System.Text.Json.JsonElement Document(params string[] ids) =>
        Json(new JsonObject { ["format"] = AutomationCatalog.ExportFormat, ["automations"] = new JsonArray([.. ids.Select(id => JsonNode.Parse(Nested(1, 1, id)))]) }.ToJsonString());
}
