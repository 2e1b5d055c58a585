using Stopwatch = System.Diagnostics.Stopwatch;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;
using AiotHub.Simulators.Households;

namespace AiotHub.Simulators.Tests.Households;

/// <summary>The household generator: deterministic, fast, realistic in the ways the miner relies on, and honest about its truth.</summary>
public sealed class HouseholdGeneratorTests
{
    internal static readonly DateTimeOffset End = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    internal static Household Generate(int seed, bool routines = true, int days = 90, int devices = 0) =>
        HouseholdGenerator.Generate(new HouseholdOptions { Seed = seed, End = End, Days = days, Routines = routines, Devices = devices }, TestProfiles.All());

    [Fact]
    public void TheSameSeedGivesTheSameHistoryEntryForEntry()
    {
        var first = Generate(3);
        var second = Generate(3);

        Assert.Equal(first.History.Count, second.History.Count);
        Assert.True(first.History.Zip(second.History).All(p => Same(p.First, p.Second)));
        Assert.Equal(first.Truth.Select(r => r.ToString()), second.Truth.Select(r => r.ToString()));
        Assert.NotEqual(first.History.Count, Generate(4).History.Count);
    }

    [Fact]
    public void NinetyDaysOfAFiftyDeviceHomeAreGeneratedInUnderTwoSeconds()
    {
        Generate(1, days: 7);
        var watch = Stopwatch.StartNew();
        var household = Generate(1, devices: 50);
        watch.Stop();

        Assert.Equal(50, household.Devices.Count);
        Assert.True(household.History.Count > 50_000, $"{household.History.Count} entries");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{household.History.Count} entries in {watch.Elapsed}");
    }

    [Fact]
    public void TheHistoryIsOrderedNumberedAndInsideItsWindow()
    {
        var household = Generate(5);

        Assert.Equal(Enumerable.Range(1, household.History.Count).Select(i => (long)i), household.History.Select(e => e.Id));
        Assert.True(household.History.Zip(household.History.Skip(1)).All(p => p.First.Time <= p.Second.Time));
        Assert.All(household.History, e => Assert.InRange(e.Time, household.From, household.End.AddTicks(-1)));
        Assert.All(household.History, e => Assert.Equal("home", e.HomeId));
        Assert.Equal(household.End - TimeSpan.FromDays(90), household.From, TimeSpan.FromDays(1));
    }

    [Fact]
    public void EveryKindOfRoutineIsPlantedAcrossSeedsWithEnoughOccurrences()
    {
        var truth = Enumerable.Range(1, 5).SelectMany(seed => Generate(seed).Truth).ToList();

        Assert.Equal(Enum.GetValues<SuggestionKind>().ToHashSet(), truth.Select(r => r.Kind).ToHashSet());
        Assert.All(truth, r => Assert.True(r.Occurrences.Count >= HouseholdGenerator.MinimumOccurrences, r.ToString()));
        Assert.Contains(truth, r => r.Condition.Kind == PlantedConditionKind.AfterSunset && r.Kind == SuggestionKind.Linkage);
        Assert.Contains(truth, r => r.Condition.Kind == PlantedConditionKind.Mode);
        Assert.Contains(truth, r => r.Kind == SuggestionKind.TimeRoutine && r.Days.Count is > 1 and < 5);
    }

    [Fact]
    public void APureNoiseHouseholdHasNoTruthButTheSameKindOfLife()
    {
        var noise = Generate(7, routines: false);

        Assert.Empty(noise.Truth);
        Assert.Empty(noise.Decoys);
        Assert.True(noise.History.Count(IsEvidence) > 90 * 5, $"{noise.History.Count(IsEvidence)} manual entries");
        Assert.Contains(noise.History, e => e.Source == ActivitySource.Automation);
        Assert.Contains(noise.History, e => e.Kind == ActivityKind.Mode);
    }

    [Fact]
    public void ATimeRoutineIsDoneByHandAtItsTimeOnItsDays()
    {
        var household = Generate(2);
        var routine = household.Truth.First(r => r.Kind == SuggestionKind.TimeRoutine);
        var effect = routine.Effects[0];

        foreach (var time in routine.Occurrences)
        {
            var local = TimeZoneInfo.ConvertTime(time, household.TimeZone);
            Assert.Contains(local.DayOfWeek, routine.Days);
            Assert.True((TimeOnly.FromDateTime(local.DateTime) - routine.At!.Value).Duration() <= routine.Jitter * 3 + TimeSpan.FromSeconds(1)
                || (routine.At!.Value - TimeOnly.FromDateTime(local.DateTime)).Duration() <= routine.Jitter * 3 + TimeSpan.FromSeconds(1), $"{local} for {routine}");
            Assert.Contains(household.History, e => e.Time >= time && e.Time <= time.AddSeconds(1) && IsEvidence(e)
                && e.DeviceId == effect.DeviceId && e.Member == effect.Member && e.Value?.GetRawText() == effect.Value.GetRawText());
        }
    }

    [Fact]
    public void ALinkageFollowsItsTriggerOnlyWhenItsConditionHolds()
    {
        var household = Enumerable.Range(1, 5).Select(s => Generate(s)).First(h => h.Truth.Any(r => r.Id == "door-hall-light"));
        var routine = household.Truth.Single(r => r.Id == "door-hall-light");
        var opened = household.History.Where(e => e.DeviceId == "front-door" && e.Kind == ActivityKind.Event && e.Member == "magnet-sensor.opened").ToList();

        foreach (var time in routine.Occurrences)
        {
            Assert.Contains(opened, e => e.Time < time && time - e.Time <= routine.Within);
            var sun = AiotHub.Automation.Schedules.SunCalculator.GetTimes(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, household.TimeZone).DateTime), household.Latitude, household.Longitude);
            Assert.True(time >= sun.Sunset || time < sun.Sunrise, $"{time} is in daylight");
        }

        Assert.True(routine.Occurrences.Count < opened.Count, "the door also opens in daylight, without the light");
    }

    [Fact]
    public void TheCorrectionsUndoIsAPersonsOffWithinAMinuteOfTheAutomationsOn()
    {
        var household = Enumerable.Range(1, 5).Select(s => Generate(s)).First(h => h.Truth.Any(r => r.Kind == SuggestionKind.Correction));
        var routine = household.Truth.Single(r => r.Kind == SuggestionKind.Correction);
        var runs = household.History.Where(e => e.Source == ActivitySource.Automation && e.Actor == routine.AutomationId && e.Kind == ActivityKind.Changed).ToList();

        Assert.All(routine.Occurrences, time =>
        {
            Assert.Contains(runs, r => r.Time < time && time - r.Time < TimeSpan.FromMinutes(1));
            Assert.Contains(household.History, e => e.Time >= time && e.Time <= time.AddSeconds(1) && IsEvidence(e) && e.DeviceId == routine.Effects[0].DeviceId
                && e.Value?.GetRawText() == "false");
        });
    }

    [Fact]
    public void DecoysAreBelowTheMinimumOrRepeatAnExistingScene()
    {
        var household = Generate(1);

        Assert.Contains(household.Decoys, d => d.Occurrences.Count < HouseholdGenerator.MinimumOccurrences);
        Assert.Contains(household.Decoys, d => d.Kind == SuggestionKind.Scene && household.Scenes.Any(s => s.GetProperty("id").GetString() == "study-focus"));
    }

    [Fact]
    public void OptionsOutOfRangeAreRefusedWithTheOptionsName()
    {
        Assert.Contains("Days", Assert.Throws<ArgumentException>(() => Generate(1, days: 0)).Message, StringComparison.Ordinal);
        Assert.Contains("Days", Assert.Throws<ArgumentException>(() => Generate(1, days: 367)).Message, StringComparison.Ordinal);
        Assert.Contains("Devices", Assert.Throws<ArgumentException>(() => Generate(1, devices: 201)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var h = Generate(seed);
            TestContext.Current.TestOutputHelper!.WriteLine($"seed {seed}: {h.History.Count} entries, evidence {h.History.Count(IsEvidence)}");
            foreach (var r in h.Truth)
                TestContext.Current.TestOutputHelper!.WriteLine("  truth " + r);
            foreach (var r in h.Decoys)
                TestContext.Current.TestOutputHelper!.WriteLine("  decoy " + r);
        }
    }

    internal static bool IsEvidence(ActivityEntry e) => e.Source is ActivitySource.App or ActivitySource.Voice
        || (e.Source == ActivitySource.Device && e.Kind == ActivityKind.Changed && e.Member is "light.on" or "switch.on" or "television.on" or "air-conditioner.on" or "air-purifier.on" or "tv-box.on" or "left-switch.on");

    private static bool Same(ActivityEntry a, ActivityEntry b) =>
        a.Id == b.Id && a.Time == b.Time && a.Kind == b.Kind && a.Source == b.Source && a.DeviceId == b.DeviceId && a.Member == b.Member
        && a.Value?.GetRawText() == b.Value?.GetRawText() && a.Actor == b.Actor && a.Reference == b.Reference;
}
