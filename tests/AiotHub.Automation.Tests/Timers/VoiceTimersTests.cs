using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using Microsoft.Data.Sqlite;

namespace AiotHub.Automation.Tests.Timers;

public sealed class VoiceTimersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-timers-").FullName;

    private string HubDb => Path.Combine(_directory, "hub.db");

    private static VoiceResult TurnOffTv => new(VoiceIntents.TurnOff, "en", ["living-tv"], null, null, null, "OK, in 30 minutes.", [], []);

    [Fact]
    public void ATimerRunsItsActionWhenDueAndNotBefore()
    {
        var clock = new ManualClock();
        using var timers = new VoiceTimers(null, clock);
        var fired = new List<VoiceTimer>();
        timers.Start(fired.Add);

        var timer = timers.Schedule("home", TimeSpan.FromMinutes(30), TurnOffTv, "voice", "tok_1");

        Assert.NotNull(timer);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), timer.Due);
        Assert.Equal("", timer.Action.Answer);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Empty(fired);
        Assert.Single(timers.List("home"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var ran = Assert.Single(fired);
        Assert.Equal(["living-tv"], ran.Action.Targets);
        Assert.Equal("tok_1", ran.StartedBy);
        Assert.Empty(timers.List("home"));
    }

    [Fact]
    public void TimersRunInTheOrderTheyComeDueWhateverOrderTheyWereSet()
    {
        var clock = new ManualClock();
        using var timers = new VoiceTimers(null, clock);
        var fired = new List<string>();
        timers.Start(t => fired.Add(t.Action.Targets[0]));

        timers.Schedule("home", TimeSpan.FromMinutes(10), TurnOffTv with { Targets = ["late"] }, "voice", null);
        timers.Schedule("home", TimeSpan.FromMinutes(5), TurnOffTv with { Targets = ["early"] }, "voice", null);
        clock.Advance(TimeSpan.FromMinutes(6));
        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(["early", "late"], fired);
    }

    [Fact]
    public void ACancelledTimerNeverRuns()
    {
        var clock = new ManualClock();
        using var timers = new VoiceTimers(null, clock);
        var fired = 0;
        timers.Start(_ => fired++);
        var timer = timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null)!;

        Assert.False(timers.Cancel("other-home", timer.Id));
        Assert.True(timers.Cancel("home", timer.Id));
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(0, fired);
        Assert.False(timers.Cancel("home", timer.Id));
    }

    [Fact]
    public void AHomeHasAtMostItsMaximumOfPendingTimersAndOtherHomesAreNotAffected()
    {
        using var timers = new VoiceTimers(null, new ManualClock(), new VoiceTimersOptions { MaxPerHome = 2 });
        timers.Start(_ => { });

        Assert.NotNull(timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null));
        Assert.NotNull(timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null));
        Assert.Null(timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null));
        Assert.NotNull(timers.Schedule("other", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null));
    }

    [Fact]
    public void ADelayBeyondTheMaximumIsRefusedAndOneBelowASecondTakesASecond()
    {
        var clock = new ManualClock();
        using var timers = new VoiceTimers(null, clock, new VoiceTimersOptions { MaxDelay = TimeSpan.FromHours(24) });
        timers.Start(_ => { });

        var tooLong = timers.Schedule("home", TimeSpan.FromHours(25), TurnOffTv, "voice", null);
        var longest = timers.Schedule("home", TimeSpan.FromHours(24), TurnOffTv, "voice", null)!;
        var negative = timers.Schedule("home", TimeSpan.FromMinutes(-5), TurnOffTv, "voice", null)!;

        Assert.Null(tooLong);
        Assert.Equal(TimeSpan.FromHours(24), longest.Due - longest.Created);
        Assert.Equal(TimeSpan.FromSeconds(1), negative.Due - negative.Created);
    }

    [Fact]
    public void APendingTimerSurvivesARestartAndRunsWhenDue()
    {
        var clock = new ManualClock();
        using (var store = VoiceTimerStore.Open(HubDb))
        using (var timers = new VoiceTimers(store, clock))
        {
            timers.Start(_ => Assert.Fail("not due before the restart"));
            timers.Schedule("home", TimeSpan.FromMinutes(30), TurnOffTv with { Number = 5, Relative = "down", Text = "x" }, "voice", "tok_1");
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        using var reopened = VoiceTimerStore.Open(HubDb);
        using var after = new VoiceTimers(reopened, clock);
        var fired = new List<VoiceTimer>();
        var (late, unreadable) = after.Start(fired.Add);

        Assert.Empty(late);
        Assert.Empty(unreadable);
        var pending = Assert.Single(after.List("home"));
        Assert.Equal(VoiceIntents.TurnOff, pending.Action.Intent);
        Assert.Equal(5, pending.Action.Number);
        Assert.Equal("down", pending.Action.Relative);
        Assert.Equal("x", pending.Action.Text);
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Single(fired);

        using var third = VoiceTimerStore.Open(HubDb);
        Assert.Empty(third.Load(out _));
    }

    [Fact]
    public void ATimerThatCameDueLongAgoWhileTheHubWasDownIsDroppedAndReportedNotRun()
    {
        var clock = new ManualClock();
        using (var store = VoiceTimerStore.Open(HubDb))
        using (var timers = new VoiceTimers(store, clock))
        {
            timers.Start(_ => { });
            timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv, "voice", null);
            timers.Schedule("home", TimeSpan.FromMinutes(58), TurnOffTv with { Targets = ["recent"] }, "voice", null);
        }

        clock.Advance(TimeSpan.FromHours(1));
        using var reopened = VoiceTimerStore.Open(HubDb);
        using var after = new VoiceTimers(reopened, clock, new VoiceTimersOptions { ResumeGrace = TimeSpan.FromMinutes(5) });
        var fired = new List<VoiceTimer>();
        var (late, _) = after.Start(fired.Add);
        clock.Advance(TimeSpan.Zero);

        Assert.Equal(["living-tv"], Assert.Single(late).Action.Targets);
        Assert.Equal(["recent"], Assert.Single(fired).Action.Targets);
    }

    [Fact]
    public void ARowTheHubCannotReadIsSetAsideAndTheOthersStillLoad()
    {
        var clock = new ManualClock();
        using (var store = VoiceTimerStore.Open(HubDb))
        using (var timers = new VoiceTimers(store, clock))
        {
            timers.Start(_ => { });
            timers.Schedule("home", TimeSpan.FromMinutes(5), TurnOffTv, "voice", null);
        }

        using (var connection = new SqliteConnection($"Data Source={HubDb};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO voice_timers VALUES('vt-bad', 'home', 0, 0, 'voice', NULL, '{not json')";
            command.ExecuteNonQuery();
        }

        using var reopened = VoiceTimerStore.Open(HubDb);
        using var after = new VoiceTimers(reopened, clock);
        var (_, unreadable) = after.Start(_ => { });

        Assert.Equal(["vt-bad"], unreadable);
        Assert.Single(after.List("home"));
    }

    [Fact]
    public void ACallbackThatThrowsDoesNotStopTheNextTimer()
    {
        var clock = new ManualClock();
        using var timers = new VoiceTimers(null, clock);
        var fired = new List<string>();
        timers.Start(t =>
        {
            fired.Add(t.Action.Targets[0]);
            if (t.Action.Targets[0] == "first")
                throw new InvalidOperationException("boom");
        });
        timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv with { Targets = ["first"] }, "voice", null);
        timers.Schedule("home", TimeSpan.FromMinutes(1), TurnOffTv with { Targets = ["second"] }, "voice", null);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["first", "second"], fired);
        Assert.Equal(1, timers.Failures);
        Assert.Empty(timers.List("home"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
