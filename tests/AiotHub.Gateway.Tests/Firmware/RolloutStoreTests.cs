using AiotHub.Gateway.Firmware.Rollouts;

namespace AiotHub.Gateway.Tests.Firmware;

public sealed class RolloutStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-rollout-store-").FullName;

    [Fact]
    public void RolloutsJobsTimelinesAndHomeChoicesSurviveReopeningTheFile()
    {
        var path = Path.Combine(_directory, "hub.db");
        var rollout = new Rollout("r1", "rel1", "acme.light.a1", "1.5.0", "1.0", [10, 50, 100], TimeSpan.FromMinutes(30),
            RolloutThresholds.Default with { FailureRate = 0.25, NotBackWithin = TimeSpan.FromMinutes(7) }, RolloutStatus.Staged, 1, T0, null, T0, "tok");
        var job = new RolloutJob("j1", "r1", "d1", "h1", 0, RolloutJobState.Applying, "1.4.0", 100, 0, null, 2, T0, T0, T0, null);
        using (var store = RolloutStore.Open(path))
        {
            store.Save(rollout, [new RolloutEvent(T0, "created", "testers → 10% → 50% → 100%")], [job]);
            store.Save(rollout with { Status = RolloutStatus.Halted, HaltReason = "why" }, [new RolloutEvent(T0, "halted", "why")], [job with { State = RolloutJobState.NotBack }]);
            store.SetHomeSettings("h1", new FirmwareHomeSettings(true, new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0))));
            store.Postpone("d1", T0.AddDays(7));
            store.Refuse("d2", "rel1");
        }

        using var reopened = RolloutStore.Open(path);
        Assert.Equal(rollout with { Status = RolloutStatus.Halted, HaltReason = "why" }, Assert.Single(reopened.Rollouts()) with { Stages = rollout.Stages });
        Assert.Equal([10, 50, 100], reopened.Rollouts()[0].Stages);
        Assert.Equal(job with { State = RolloutJobState.NotBack }, Assert.Single(reopened.Jobs()));
        Assert.Equal(["created", "halted"], reopened.Events("r1").Select(e => e.Event));
        Assert.Equal(new FirmwareHomeSettings(true, new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0))), reopened.HomeSettings()["h1"]);
        var choices = reopened.Choices();
        Assert.Equal(T0.AddDays(7), choices["d1"].PostponedUntil);
        Assert.Contains("rel1", choices["d2"].Refused);
        reopened.Allow("d2");
        Assert.False(reopened.Choices().ContainsKey("d2"));
    }

    [Fact]
    public void QuietHoursOverMidnightContainTheNightOnly()
    {
        var quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        Assert.True(quiet.Contains(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.True(quiet.Contains(new DateTimeOffset(2026, 12, 7, 6, 59, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.False(quiet.Contains(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.False(quiet.Contains(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
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
