using System.Text.Json;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Demo;
using AiotHub.Simulators.Households;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Gateway.Tests.Demo;

/// <summary>What the demo's generated past gives the miner at first start: the suggestions a newcomer sees.</summary>
public sealed class DemoSuggestionsTests
{
    [Fact]
    public void TheDemosPastYieldsTheFrontDoorLinkageATimeRoutineAndLittleElse()
    {
        var scenario = ScenarioParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "demo", "home.json")).Scenario!;
        var profiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "device-profiles"), "*.json")
            .Select(DeviceProfileParser.ParseFile).Where(r => r.IsValid).Select(r => r.Profile!).ToList();
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var demo = DemoHousehold.Generate(scenario, profiles, new HouseholdOptions
        {
            Seed = DemoHistory.Seed, End = now, Days = DemoHistory.Days, LeaveOut = 0, TimeZone = TimeZoneInfo.Utc,
            Latitude = DemoHostingExtensions.DemoLatitude, Longitude = DemoHostingExtensions.DemoLongitude,
        });
        var automations = DemoAutomations.Definitions.Select(d => JsonDocument.Parse(d.Replace("{{hook-id}}", "k3Jd9-wq81_ZpLm4Xv", StringComparison.Ordinal)).RootElement.Clone()).ToList();
        var scenes = DemoScenes.Definitions.Select(d => JsonDocument.Parse(d).RootElement.Clone()).ToList();
        var input = demo.ToMiningInput() with { Automations = automations, Scenes = scenes };

        var suggestions = RoutineMiner.Mine(input, TestContext.Current.CancellationToken);
        var report = RoutineMatcher.Score(demo, suggestions);

        TestContext.Current.TestOutputHelper!.WriteLine(report.ToString());
        Assert.Contains(report.Matches, m => m.Routine.Kind == SuggestionKind.Linkage && m.Routine.Triggers[0].DeviceId == "front-door");
        Assert.Contains(report.Matches, m => m.Routine.Kind == SuggestionKind.TimeRoutine);
        Assert.True(report.Precision >= 0.8, report.ToString());
    }
}
