using System.Text.Json;
using AiotHub.Automation.Schedules;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;

namespace AiotHub.Automation.Tests.Suggestions;

/// <summary>The miner on hand-written histories: each kind found with its evidence, the minimums, what is not evidence, no repeats.</summary>
public sealed class RoutineMinerTests
{
    private static readonly DateTimeOffset Now = MiningHome.Start.AddDays(42);

    private static DateTimeOffset At(int day, int hour, int minute, int second = 0) =>
        MiningHome.Start.AddDays(day).AddHours(hour).AddMinutes(minute).AddSeconds(second);

    /// <summary>Hall light on at about 07:10 on weekdays for six weeks, jittered ± 12 min, one day in eight skipped.</summary>
    private static MiningHome WeekdayMornings(ActivitySource source = ActivitySource.App, int weeks = 6)
    {
        var home = new MiningHome();
        var random = new Random(7);
        for (var day = 0; day < weeks * 7; day++)
        {
            if (MiningHome.Start.AddDays(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || random.Next(8) == 0)
                continue;
            home.Add(At(day, 7, 10 + random.Next(-12, 13)), ActivityKind.Set, source, "hall-light", "light.on", "true", "user-1");
        }

        return home;
    }

    [Fact]
    public void AWeekdayMorningHabitBecomesATimeRoutineThatTheValidatorAccepts()
    {
        var home = WeekdayMornings();

        var suggestion = Assert.Single(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken));

        Assert.Equal(SuggestionKind.TimeRoutine, suggestion.Kind);
        Assert.Empty(home.Problems(suggestion));
        var trigger = suggestion.Automation!.Value.GetProperty("triggers")[0];
        var at = TimeOnly.Parse(trigger.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(at, new TimeOnly(7, 2), new TimeOnly(7, 18));
        Assert.Equal("""["mon","tue","wed","thu","fri"]""", trigger.GetProperty("weekdays").GetRawText());
        Assert.Equal("""{"light.on":true}""", suggestion.Automation.Value.GetProperty("actions")[0].GetProperty("properties").GetRawText());
        Assert.Equal(suggestion.Support, suggestion.Occurrences.Count);
        Assert.InRange(suggestion.Confidence, 0.75, 1);
        Assert.Equal(30, suggestion.Replay.Runs);
        Assert.Equal(suggestion.Support, suggestion.Replay.Matched);
        Assert.Contains("工作日", suggestion.Title.Zh, StringComparison.Ordinal);
        Assert.Contains("打开Hall light", suggestion.Title.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Turn on Hall light at 07:", suggestion.Title.En, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatAutomationsScenesAndTheHubDidIsNoEvidence()
    {
        foreach (var source in new[] { ActivitySource.Automation, ActivitySource.Scene, ActivitySource.Hub })
            Assert.Empty(RoutineMiner.Mine(WeekdayMornings(source).Input(Now), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AHabitOfFewerThanTwoWeeksIsNotSuggestedYet()
    {
        var home = WeekdayMornings(weeks: 2);

        Assert.Empty(RoutineMiner.Mine(home.Input(MiningHome.Start.AddDays(12)), TestContext.Current.CancellationToken));
        Assert.Single(RoutineMiner.Mine(WeekdayMornings(weeks: 3).Input(MiningHome.Start.AddDays(21)), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AnExistingAutomationThatDoesTheSameOrADismissalKeepsTheRoutineFromBeingSuggested()
    {
        var home = WeekdayMornings();
        var key = Assert.Single(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken)).Key;

        home.Dismissed.Add(key);
        Assert.Empty(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken));

        home.Dismissed.Clear();
        home.Automations.Add(MiningHome.Json("""
            {"id":"morning","name":"Morning","triggers":[{"kind":"time","at":"07:00"}],
             "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true}}]}
            """));
        Assert.Empty(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void MoreHistoryKeepsTheSameKeyAndTheSameInputGivesTheSameSuggestions()
    {
        var home = WeekdayMornings(weeks: 8);

        var first = RoutineMiner.Mine(home.Input(MiningHome.Start.AddDays(42)), TestContext.Current.CancellationToken);
        var again = RoutineMiner.Mine(home.Input(MiningHome.Start.AddDays(42)), TestContext.Current.CancellationToken);
        var later = RoutineMiner.Mine(home.Input(MiningHome.Start.AddDays(56)), TestContext.Current.CancellationToken);

        Assert.Equal(Describe(first), Describe(again));
        Assert.Equal(Assert.Single(first).Key, Assert.Single(later).Key);
        Assert.True(later[0].Support > first[0].Support);
    }

    [Fact]
    public void MotionFollowedByTheLightOnlyAfterDarkBecomesALinkageWithASunCondition()
    {
        var home = new MiningHome();
        var random = new Random(3);
        for (var day = 0; day < 42; day++)
        {
            // Someone walks through the hall at random times between 07:00 and 23:00, about ten times a day.
            foreach (var minute in Enumerable.Range(0, 10).Select(_ => 420 + random.Next(960)).Order())
            {
                var time = At(day, 0, minute, random.Next(60));
                home.Sensor(time, "hall-motion", "motion-sensor.motion-state", "true");
                home.Sensor(time.AddMinutes(1), "hall-motion", "motion-sensor.motion-state", "false");
                // After dark they switch the light on at the wall 5-30 s later, nine times in ten,
                // and off again ten minutes later.
                if (SunCalculator.GetPosition(time, 31.23, 121.47).Elevation < -0.833 && random.Next(10) < 9)
                {
                    home.Add(time.AddSeconds(5 + random.Next(25)), ActivityKind.Changed, ActivitySource.Device, "hall-light", "light.on", "true");
                    home.Add(time.AddMinutes(10), ActivityKind.Changed, ActivitySource.Device, "hall-light", "light.on", "false");
                }
            }
        }

        var suggestion = Assert.Single(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken), s => s.Kind == SuggestionKind.Linkage);

        Assert.Empty(home.Problems(suggestion));
        var automation = suggestion.Automation!.Value;
        Assert.Equal("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}""", automation.GetProperty("triggers")[0].GetRawText());
        Assert.Equal("""[{"kind":"sun","after":"sunset","before":"sunrise"}]""", automation.GetProperty("conditions").GetRawText());
        Assert.InRange(suggestion.Confidence, 0.8, 1);
        Assert.Equal(2, suggestion.Occurrences[0].ActivityIds.Count);
        Assert.InRange(suggestion.Replay.Matched, suggestion.Support, suggestion.Replay.Runs);
        Assert.Contains("日落后", suggestion.Title.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken), s => s.Kind == SuggestionKind.TimeRoutine);
    }

    [Fact]
    public void ThreeDevicesSetTogetherEachEveningBecomeASceneTheValidatorAccepts()
    {
        var home = new MiningHome();
        var random = new Random(5);
        for (var day = 0; day < 35; day++)
        {
            if (random.Next(6) == 0)
                continue;
            var time = At(day, 20, random.Next(-40, 60));
            home.Person(time, "living-light", "light.mode", "3");
            home.Person(time.AddSeconds(20 + random.Next(20)), "tv", "television.on", "true");
            home.Add(time.AddSeconds(50 + random.Next(20)), ActivityKind.Action, ActivitySource.Voice, "curtain", "curtain.close", "{}");
        }

        var suggestion = Assert.Single(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken));

        Assert.Equal(SuggestionKind.Scene, suggestion.Kind);
        Assert.Empty(home.Problems(suggestion));
        Assert.Equal(
            """[{"deviceId":"curtain","call":"curtain.close"},{"deviceId":"living-light","set":{"light.mode":3}},{"deviceId":"tv","set":{"television.on":true}}]""",
            suggestion.Scene!.Value.GetProperty("steps").GetRawText());
        Assert.Equal((0, 0, 0), (suggestion.Replay.Runs, suggestion.Replay.Matched, suggestion.Replay.Missed));
        Assert.Equal(3, suggestion.Occurrences[0].ActivityIds.Count);

        home.Scenes.Add(MiningHome.Json("""
            {"id":"tv-time","name":"TV time","steps":[{"deviceId":"living-light","set":{"light.mode":3}},{"deviceId":"tv","set":{"television.on":true}},{"deviceId":"curtain","call":"curtain.close"}]}
            """));
        Assert.Empty(RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ALightTheAutomationTurnsOnThatPeopleTurnOffInDaylightGetsANightConditionSuggested()
    {
        var home = new MiningHome();
        home.Automations.Add(MiningHome.Json("""
            {"id":"hall-motion-light","name":"Hall light on motion","enabled":true,"state":"available","version":3,
             "triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true}],
             "actions":[{"kind":"set","deviceId":"hall-light","properties":{"light.on":true}}]}
            """));
        var random = new Random(11);
        for (var day = 0; day < 35; day++)
        {
            foreach (var hour in new[] { 9, 13, 16, 20, 22 })
            {
                var time = At(day, hour, random.Next(50));
                home.Sensor(time, "hall-motion", "motion-sensor.motion-state", "true");
                home.ByAutomation(time.AddSeconds(1), "hall-motion-light", "hall-light", "light.on", "true");
                home.Add(time.AddSeconds(1), ActivityKind.Changed, ActivitySource.Automation, "hall-light", "light.on", "true", "hall-motion-light");
                if (hour < 17 && random.Next(10) < 8)
                    home.Add(time.AddSeconds(20 + random.Next(30)), ActivityKind.Changed, ActivitySource.Device, "hall-light", "light.on", "false");
            }
        }

        var suggestions = RoutineMiner.Mine(home.Input(Now), TestContext.Current.CancellationToken);

        var suggestion = Assert.Single(suggestions);
        Assert.Equal((SuggestionKind.Correction, "hall-motion-light"), (suggestion.Kind, suggestion.ChangesAutomationId));
        Assert.Empty(home.Problems(suggestion));
        var changed = suggestion.Automation!.Value;
        Assert.Equal("""[{"kind":"sun","after":"sunset","before":"sunrise"}]""", changed.GetProperty("conditions").GetRawText());
        Assert.Equal("hall-motion-light", changed.GetProperty("id").GetString());
        Assert.False(changed.TryGetProperty("state", out _));
        Assert.Equal(35 * 2, suggestion.Replay.Runs);
        Assert.Contains("Hall light on motion", suggestion.Title.En, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomActionsByHandAloneSuggestNothing()
    {
        var home = new MiningHome();
        var random = new Random(13);
        string[][] actions =
        [
            ["hall-light", "light.on", "true"], ["hall-light", "light.on", "false"], ["living-light", "light.on", "true"],
            ["living-light", "light.on", "false"], ["tv", "television.on", "true"], ["kettle", "switch.on", "true"],
            ["purifier", "air-purifier.mode", "1"], ["living-light", "light.brightness", "40"],
        ];
        for (var i = 0; i < 90 * 12; i++)
        {
            var action = actions[random.Next(actions.Length)];
            home.Person(MiningHome.Start.AddMinutes(random.Next(90 * 1440)), action[0], action[1], action[2]);
            home.Sensor(MiningHome.Start.AddMinutes(random.Next(90 * 1440)), "hall-motion", "motion-sensor.motion-state", "true");
        }

        Assert.Empty(RoutineMiner.Mine(home.Input(MiningHome.Start.AddDays(90)), TestContext.Current.CancellationToken));
    }

    private static List<string> Describe(IReadOnlyList<Suggestion> suggestions) =>
        [.. suggestions.Select(s => $"{s.Key} {s.Support} {s.Confidence} {s.Automation?.GetRawText()} {s.Scene?.GetRawText()} {JsonSerializer.Serialize(s.Title.En)}")];
}
