using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;
using AiotHub.Gateway.Suggestions;

namespace AiotHub.Gateway.Tests.Suggestions;

/// <summary>The mining service's per-home window and a snooze's end, without a hub.</summary>
public sealed class HomeActivityWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static ActivityEntry Entry(long id, DateTimeOffset time) =>
        new(id, "home", time, ActivityKind.Set, ActivitySource.App, "lamp-1", "light.on", null);

    [Fact]
    public void HistoryImportedLateIsSortedIntoPlaceAndTheNextReadStartsAfterTheHighestId()
    {
        var window = new HomeActivityWindow();
        window.Add([Entry(1, Now.AddHours(-1)), Entry(2, Now)]);
        window.Add([Entry(3, Now.AddDays(-3)), Entry(4, Now.AddDays(-2))]);

        Assert.Equal([3L, 4, 1, 2], window.Entries.Select(e => e.Id));
        Assert.Equal(4, window.LastId);
    }

    [Fact]
    public void TheWindowDropsWhatIsTooOldThenTheOldestBeyondItsCap()
    {
        var window = new HomeActivityWindow();
        window.Add([.. Enumerable.Range(1, 10).Select(i => Entry(i, Now.AddDays(-10 + i)))]);

        window.Trim(Now.AddDays(-5), maxEntries: 1_000);
        var byAge = window.Entries.Select(e => e.Id).ToList();
        window.Trim(Now.AddDays(-5), maxEntries: 3);

        Assert.Equal([5L, 6, 7, 8, 9, 10], byAge);
        Assert.Equal([8L, 9, 10], window.Entries.Select(e => e.Id));
    }

    [Fact]
    public void AHomeIsDueOnlyWithSomethingNewAndAnIntervalAfterItsLastPass()
    {
        var window = new HomeActivityWindow();
        var dueAtFirst = window.IsDue(Now, TimeSpan.FromHours(1));
        window.Mined(Now);
        var dueWithNothingNew = window.IsDue(Now.AddDays(1), TimeSpan.FromHours(1));
        window.Add([Entry(1, Now)]);
        var dueTooSoon = window.IsDue(Now.AddMinutes(59), TimeSpan.FromHours(1));
        var dueAfterInterval = window.IsDue(Now.AddHours(1), TimeSpan.FromHours(1));

        Assert.Equal((true, false, false, true), (dueAtFirst, dueWithNothingNew, dueTooSoon, dueAfterInterval));
    }

    [Fact]
    public void HistoryImportedAfterAPassMakesTheHomeDueAtOnce()
    {
        var window = new HomeActivityWindow();
        window.Mined(Now);
        window.Add([Entry(1, Now.AddMinutes(1))]);
        var dueForANewEntry = window.IsDue(Now.AddMinutes(2), TimeSpan.FromHours(1));
        window.Add([Entry(2, Now.AddDays(-20)), Entry(3, Now.AddDays(-19))]);
        var dueForImported = window.IsDue(Now.AddMinutes(2), TimeSpan.FromHours(1));
        window.Mined(Now.AddMinutes(2));

        Assert.False(dueForANewEntry);
        Assert.True(dueForImported);
        Assert.False(window.IsDue(Now.AddMinutes(3), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void ASnoozedSuggestionIsOpenAgainOnceItsTimeHasPassed()
    {
        var suggestion = new Suggestion("time-1", SuggestionKind.TimeRoutine, new SuggestionText("a", "a"), new SuggestionText("b", "b"),
            null, null, null, 0, 0.5, [], new SuggestionReplay(Now, Now, 0, 0, 0));
        var stored = new StoredSuggestion("home", suggestion, Now, Now, null,
            new SuggestionDecision(SuggestionStatus.Snoozed, Now, SnoozedUntil: Now.AddDays(7)));

        Assert.Equal(SuggestionStatus.Snoozed, stored.StatusAt(Now.AddDays(7).AddTicks(-1)));
        Assert.Equal(SuggestionStatus.Open, stored.StatusAt(Now.AddDays(7)));
    }
}
