using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;
using AiotHub.Simulators.Households;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Tests.Households;

/// <summary>The demo home's generated past (what `--demo` starts with): routines a miner can find in four weeks, over the demo's own devices.</summary>
public sealed class DemoHouseholdTests
{
    private static Household Demo(bool routines = true) => DemoHousehold.Generate(
        ScenarioParser.ParseFile(Path.Combine(TestProfiles.RepositoryRoot, "simulators", "scenarios", "home.json")).Scenario!,
        TestProfiles.All(),
        new HouseholdOptions { Seed = 16, End = HouseholdGeneratorTests.End, Days = 28, LeaveOut = 0, Routines = routines, TimeZone = TimeZoneInfo.Utc, Latitude = 51.4779, Longitude = 0.0015 });

    [Fact]
    public void FourWeeksOfTheDemoHomeHoldALinkageTheDemoCanShowTimeRoutinesAndACorrection()
    {
        var demo = Demo();

        var door = Assert.Single(demo.Truth, r => r.Kind == SuggestionKind.Linkage && r.Triggers[0].DeviceId == "front-door");
        Assert.Equal("living-ceiling-light", door.Effects[0].DeviceId);
        Assert.Equal(PlantedConditionKind.AfterSunset, door.Condition.Kind);
        Assert.Contains(demo.Truth, r => r.Kind == SuggestionKind.Linkage && r.Triggers[0].DeviceId == "living-tv");
        Assert.True(demo.Truth.Count(r => r.Kind == SuggestionKind.TimeRoutine) >= 3, string.Join("\n", demo.Truth.Concat(demo.Decoys)));
        Assert.DoesNotContain(demo.Truth, r => r.Kind == SuggestionKind.Scene); // the ceiling light's evening would hide the door's linkage
        Assert.Contains(demo.Truth, r => r.Kind == SuggestionKind.Correction && r.AutomationId == "motion-night-light");
    }

    [Fact]
    public void TheDemoHistoryUsesOnlyTheDemoHomesDevicesAndItsOwnAutomationsAndScenes()
    {
        var demo = Demo();
        var ids = demo.Devices.Select(d => d.Id).ToHashSet();

        Assert.Equal(14, ids.Count);
        Assert.All(demo.History.Where(e => e.DeviceId is not null), e => Assert.Contains(e.DeviceId!, ids));
        Assert.Equal(["motion-night-light"], demo.History.Where(e => e.Source == ActivitySource.Automation).Select(e => e.Actor).Distinct());
        Assert.Equal(["good-night"], demo.History.Where(e => e.Source == ActivitySource.Scene).Select(e => e.Actor).Distinct());
        Assert.True(demo.History[0].Time >= HouseholdGeneratorTests.End.AddDays(-29) && demo.History[^1].Time < HouseholdGeneratorTests.End);
    }
}
