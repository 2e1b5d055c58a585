using AiotHub.Automation.Modes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Automations.Engine;

public sealed class HomeModesTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-modes-").FullName;

    [Fact]
    public void AHomeNeverSetIsHomeSinceTheHubFirstSawIt()
    {
        var start = _clock.GetUtcNow();
        var modes = new HomeModes(TestRegistry.Create(_clock), timeProvider: _clock);
        _clock.Advance(TimeSpan.FromHours(1));

        var state = modes.Get(Home);

        Assert.Equal((HomeModes.Home, start, (string?)null), (state.Mode, state.Since, state.Source));
    }

    [Fact]
    public void SettingAModePublishesHomeModeChangedWithThePreviousModeAndTheSource()
    {
        var registry = TestRegistry.Create(_clock);
        var modes = new HomeModes(registry, timeProvider: _clock);
        using var subscription = registry.Events.Subscribe(Home);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var state = modes.Set(Home, HomeModes.Away, "api");

        Assert.Equal((HomeModes.Away, _clock.GetUtcNow(), "api"), (state!.Mode, state.Since, state.Source));
        Assert.True(subscription.Reader.TryRead(out var published));
        Assert.Equal("home-mode-changed", published.Type);
        Assert.Equal(new HomeModeChanged(HomeModes.Away, HomeModes.Home, "api"), published.Data);
    }

    [Fact]
    public void SettingTheCurrentModePublishesNothingAndAnUnknownModeIsRefused()
    {
        var registry = TestRegistry.Create(_clock);
        var modes = new HomeModes(registry, timeProvider: _clock);
        using var subscription = registry.Events.Subscribe(Home);

        Assert.Equal(HomeModes.Home, modes.Set(Home, HomeModes.Home, "api")!.Mode);
        Assert.Null(modes.Set(Home, "holiday", "api"));
        Assert.False(subscription.Reader.TryRead(out _));
        Assert.Equal(HomeModes.Home, modes.Get(Home).Mode);
    }

    [Fact]
    public async Task TheModeSurvivesARestartPerHome()
    {
        var path = Path.Combine(_directory, "hub.db");
        await using (var store = HubFile.Open(path))
        {
            var modes = new HomeModes(TestRegistry.Create(_clock), store, _clock);
            modes.Set(Home, HomeModes.Sleep, "voice");
            modes.Set("cabin", HomeModes.Away, "automation:leave");
        }

        _clock.Advance(TimeSpan.FromDays(1));
        await using var reopened = HubFile.Open(path);
        var again = new HomeModes(TestRegistry.Create(_clock), reopened, _clock);

        Assert.Equal((HomeModes.Sleep, "voice"), (again.Get(Home).Mode, again.Get(Home).Source));
        Assert.Equal((HomeModes.Away, "automation:leave"), (again.Get("cabin").Mode, again.Get("cabin").Source));
        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromDays(1), again.Get(Home).Since);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
