using AiotHub.Core.Devices;
using AiotHub.Core.Persistence;
using AiotHub.Gateway.Feedback;
using AiotHub.Testing;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests.Feedback;

/// <summary>The feedback module's table in hub.db: what survives a restart, the bounds, and a row that cannot be read.</summary>
public sealed class FeedbackStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-feedback-").FullName;
    private readonly ManualClock _clock = new();

    private string Path => System.IO.Path.Combine(_directory, "hub.db");

    [Fact]
    public void ReportsAndAnswersSurviveARestart()
    {
        using (var store = Open())
        {
            Assert.True(store.TryAdd(Report("fb-1", "home")));
            Assert.NotNull(store.Answer("aiot", "fb-1", "fixed in 1.0.1"));
        }

        using var reopened = Open();
        var report = Assert.Single(reopened.ForHome("home", null, 10));
        Assert.Equal(("fb-1", "lamp-1", "fixed in 1.0.1"), (report.Id, report.DeviceId, report.Answer?.Text));
        var context = report.Context;
        Assert.Equal(("aiot.light.ceiling1", "1.0.0", 1, AvailabilityState.Online, new DeviceCounters(1, 2, 3, 4)),
            (context.Model, context.Firmware, context.ProfileVersion, context.AvailabilityNow, context.Counters));
        Assert.Equal(Context().Commands, context.Commands);
        Assert.Equal(Context().Availability, context.Availability);
    }

    [Fact]
    public void AHomesDailyLimitCountsTheLast24HoursOnly()
    {
        using var store = Open(perDay: 2);
        Assert.True(store.TryAdd(Report("fb-1", "home")));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(store.TryAdd(Report("fb-2", "home")));
        Assert.False(store.TryAdd(Report("fb-3", "home")));
        Assert.True(store.TryAdd(Report("fb-4", "cabin")), "another home has its own count");

        _clock.Advance(TimeSpan.FromHours(23.5));
        Assert.False(store.TryAdd(Report("fb-5", "home")));
        _clock.Advance(TimeSpan.FromHours(0.5));
        Assert.True(store.TryAdd(Report("fb-5", "home")), "fb-1 is a day old");
        Assert.Equal(["fb-5", "fb-2", "fb-1"], store.ForHome("home", null, 10).Select(r => r.Id));
    }

    [Fact]
    public void PastTheHubsBoundTheOldestReportsGo()
    {
        using var store = Open(perDay: 1000, max: 100);
        for (var i = 0; i < 105; i++)
        {
            Assert.True(store.TryAdd(Report($"fb-{i:D3}", "home")));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(100, store.CountForHome("home"));
        Assert.Equal("fb-005", store.ForHome("home", null, 500)[^1].Id);
    }

    [Fact]
    public void ARowWhoseContextCannotBeReadIsSkippedAndCounted()
    {
        using var store = Open();
        store.TryAdd(Report("fb-1", "home"));
        store.TryAdd(Report("fb-2", "home"));
        using (var connection = ModuleSchema.Open(Path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE feedback_reports SET context = '{not json' WHERE id = 'fb-1'";
            command.ExecuteNonQuery();
        }

        Assert.Equal(["fb-2"], store.ForVendor("aiot", null, null, null, 10).Select(r => r.Id));
        Assert.Equal(1, store.Unreadable);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private FeedbackStore Open(int perDay = 20, int max = 10_000) =>
        new(Path, Options.Create(new FeedbackOptions { MaxReportsPerHomePerDay = perDay, MaxReports = max }), _clock);

    private FeedbackReport Report(string id, string homeId) =>
        new(id, homeId, "lamp-1", _clock.GetUtcNow(), "offline", "drops off every night", Context());

    private FeedbackContext Context() => new("aiot.light.ceiling1", "1.0.0", 1,
        [new FeedbackCommand(_clock.GetUtcNow(), CommandKind.Set, CommandStatus.TimedOut, null, 10_000)],
        AvailabilityState.Online, [new FeedbackAvailability(_clock.GetUtcNow(), false)], new DeviceCounters(1, 2, 3, 4));
}
