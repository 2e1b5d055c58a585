using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Automation.Suggestions;
using AiotHub.Simulators.Households;

namespace AiotHub.Simulators.Tests.Households;

/// <summary>The matcher the miner's evaluation scores with: what it accepts as a planted routine found, and what not.</summary>
public sealed class RoutineMatcherTests
{
    private static readonly Household Home = HouseholdGeneratorTests.Generate(1);

    [Fact]
    public void ASuggestionWrittenFromEachPlantedRoutineFindsItAndNothingElse()
    {
        var suggestions = Home.Truth.Select(Perfect).ToList();

        var report = RoutineMatcher.Score(Home, suggestions);

        Assert.True(report.Precision == 1 && report.Recall == 1, report.ToString());
        Assert.Equal(Home.Truth.Count, report.Matches.Count);
    }

    [Fact]
    public void NoSuggestionsHavePerfectPrecisionAndNoRecall()
    {
        var report = RoutineMatcher.Score(Home, []);

        Assert.Equal(1, report.Precision);
        Assert.Equal(0, report.Recall);
        Assert.Equal(Home.Truth.Count, report.Missed.Count);
    }

    [Fact]
    public void ATimeRoutineTwentyFiveMinutesOffOrOnOtherWeekdaysIsNotFound()
    {
        var routine = Home.Truth.First(r => r.Kind == SuggestionKind.TimeRoutine && r.Days.Count < 7);
        var late = Mutate(Perfect(routine), a => a["triggers"]![0]!["at"] = routine.At!.Value.Add(TimeSpan.FromMinutes(25 + (routine.Jitter.TotalMinutes * 3))).ToString("HH:mm"));
        var everyDay = Mutate(Perfect(routine), a => a["triggers"]![0]!.AsObject().Remove("weekdays"));
        var nearly = Mutate(Perfect(routine), a => a["triggers"]![0]!["at"] = routine.At!.Value.Add(TimeSpan.FromMinutes(10)).ToString("HH:mm"));

        var report = RoutineMatcher.Score(Home, [late, everyDay, nearly]);

        Assert.Single(report.Matches);
        Assert.Same(nearly, report.Matches[0].Suggestion);
        Assert.Contains("planted " + routine.At!.Value.ToString("HH:mm"), report.FalsePositives[0].Reason, StringComparison.Ordinal);
        Assert.Contains("on fri,mon,sat,sun,thu,tue,wed", report.FalsePositives[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkageWithoutItsConditionOrWithAnotherValueIsNotFound()
    {
        var routine = Home.Truth.First(r => r.Kind == SuggestionKind.Linkage && r.Condition.Kind == PlantedConditionKind.AfterSunset);
        var noCondition = Mutate(Perfect(routine), a => a.Remove("conditions"));
        var otherValue = Mutate(Perfect(routine), a => a["actions"]![0]!["properties"]![routine.Effects[0].Member] = false);
        var otherDevice = Mutate(Perfect(routine), a => a["actions"]!.AsArray().Add(JsonNode.Parse("""{"kind": "set", "deviceId": "speaker", "properties": {"speaker.volume": 10}}""")));

        var report = RoutineMatcher.Score(Home, [noCondition, otherValue, otherDevice]);

        Assert.Empty(report.Matches);
        Assert.Contains("no condition for after sunset", report.FalsePositives[0].Reason, StringComparison.Ordinal);
        Assert.Contains("to false, planted true", report.FalsePositives[1].Reason, StringComparison.Ordinal);
        Assert.Contains("sets speaker speaker.volume", report.FalsePositives[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPlantedFormOfATriggerAndValueListDescriptionsAreAccepted()
    {
        var routine = Home.Truth.Single(r => r.Id == "tv-curtain");
        var asTv = Mutate(Perfect(routine), a => a["triggers"] = JsonNode.Parse("""[{"kind": "tv", "deviceId": "tv", "playback": "playing"}]"""));
        var asDescription = Mutate(Perfect(routine), a => a["triggers"] = JsonNode.Parse("""[{"kind": "property", "deviceId": "tv", "property": "television.playback-state", "to": "Playing"}]"""));
        var asTvOn = Mutate(Perfect(routine), a => a["triggers"] = JsonNode.Parse("""[{"kind": "property", "deviceId": "tv", "property": "television.on", "to": true}]"""));

        foreach (var suggestion in new[] { asTv, asDescription, asTvOn })
            Assert.Null(RoutineMatcher.Mismatch(routine, suggestion, Home.Devices));
    }

    [Fact]
    public void ASecondSuggestionForTheSameRoutineAndADecoyCountAsFalse()
    {
        var routine = Home.Truth.First(r => r.Kind == SuggestionKind.Scene);
        var decoy = Home.Decoys.First(d => d.Kind == SuggestionKind.Scene);

        var report = RoutineMatcher.Score(Home, [Perfect(routine), Perfect(routine), Perfect(decoy)]);

        Assert.Single(report.Matches);
        Assert.Equal(1.0 / 3, report.Precision, 3);
        Assert.Contains("a second suggestion for " + routine.Id, report.FalsePositives[0].Reason, StringComparison.Ordinal);
        Assert.Contains("the decoy " + decoy.Id, report.FalsePositives[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectionMustChangeThatAutomationAndSayWhenItHolds()
    {
        var routine = Home.Truth.Single(r => r.Kind == SuggestionKind.Correction);
        var unconditional = Mutate(Perfect(routine), a => a.Remove("conditions"));
        var other = Perfect(routine) with { ChangesAutomationId = "good-night-at-half-past-eleven" };

        Assert.Contains("no condition for after sunset", RoutineMatcher.Mismatch(routine, unconditional, Home.Devices), StringComparison.Ordinal);
        Assert.Contains("planted bathroom-motion-light", RoutineMatcher.Mismatch(routine, other, Home.Devices), StringComparison.Ordinal);
    }

    /// <summary>The suggestion a perfect miner would make for a planted routine.</summary>
    internal static Suggestion Perfect(PlantedRoutine routine)
    {
        var set = routine.Effects.GroupBy(e => e.DeviceId).Select(g =>
            new JsonObject { ["kind"] = "set", ["deviceId"] = g.Key, ["properties"] = new JsonObject(g.Select(e => KeyValuePair.Create(e.Member, JsonNode.Parse(e.Value.GetRawText())))) });
        JsonObject? automation = null;
        JsonObject? scene = null;
        switch (routine.Kind)
        {
            case SuggestionKind.TimeRoutine:
                var days = routine.Days.Count == 7 ? null : new JsonArray([.. routine.Days.Select(d => (JsonNode)d.ToString()[..3].ToLowerInvariant())]);
                var trigger = new JsonObject { ["kind"] = "time", ["at"] = routine.At!.Value.ToString("HH:mm") };
                if (days is not null)
                    trigger["weekdays"] = days;
                automation = new JsonObject { ["name"] = routine.Id, ["triggers"] = new JsonArray(trigger), ["actions"] = new JsonArray([.. set]) };
                break;
            case SuggestionKind.Linkage:
                var planted = routine.Triggers[0];
                automation = new JsonObject
                {
                    ["name"] = routine.Id,
                    ["triggers"] = new JsonArray(planted.Event is not null
                        ? new JsonObject { ["kind"] = "event", ["deviceId"] = planted.DeviceId, ["event"] = planted.Event }
                        : new JsonObject { ["kind"] = "property", ["deviceId"] = planted.DeviceId, ["property"] = planted.Member, ["to"] = JsonNode.Parse(planted.Value!.Value.GetRawText()) }),
                    ["actions"] = new JsonArray([.. set]),
                };
                if (Condition(routine.Condition) is { } condition)
                    automation["conditions"] = new JsonArray(condition);
                break;
            case SuggestionKind.Correction:
                automation = new JsonObject
                {
                    ["name"] = routine.Id,
                    ["triggers"] = new JsonArray(new JsonObject { ["kind"] = "manual" }),
                    ["conditions"] = new JsonArray(Condition(routine.Condition)),
                    ["actions"] = new JsonArray([.. set]),
                };
                break;
            default:
                scene = new JsonObject
                {
                    ["name"] = routine.Id,
                    ["steps"] = new JsonArray([.. routine.Effects.GroupBy(e => e.DeviceId).Select(g =>
                        (JsonNode)new JsonObject { ["deviceId"] = g.Key, ["set"] = new JsonObject(g.Select(e => KeyValuePair.Create(e.Member, JsonNode.Parse(e.Value.GetRawText())))) })]),
                };
                break;
        }

        return new Suggestion(routine.Id, routine.Kind, new SuggestionText(routine.Id, routine.Id), new SuggestionText("", ""),
            automation is null ? null : JsonSerializer.SerializeToElement(automation), scene is null ? null : JsonSerializer.SerializeToElement(scene),
            routine.AutomationId, routine.Occurrences.Count, 0.9, [], new SuggestionReplay(DateTimeOffset.MinValue, DateTimeOffset.MinValue, 0, 0, 0));
    }

    private static JsonObject? Condition(PlantedCondition condition) => condition.Kind switch
    {
        PlantedConditionKind.AfterSunset => new JsonObject { ["kind"] = "sun", ["after"] = "sunset", ["before"] = "sunrise" },
        PlantedConditionKind.Mode => new JsonObject { ["kind"] = "mode", ["in"] = new JsonArray(condition.Mode) },
        _ => null,
    };

    private static Suggestion Mutate(Suggestion suggestion, Action<JsonObject> change)
    {
        var automation = JsonNode.Parse(suggestion.Automation!.Value.GetRawText())!.AsObject();
        change(automation);
        return suggestion with { Automation = JsonSerializer.SerializeToElement(automation) };
    }
}
