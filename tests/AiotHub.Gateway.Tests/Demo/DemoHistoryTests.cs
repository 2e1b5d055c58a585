using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Demo;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Simulators.Scenarios;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Demo;

/// <summary>`--demo` starts with weeks of past life in the activity log, so suggestions have something to find at first start.</summary>
public sealed class DemoHistoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-demo-history-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task TheDemoHomeStartsWithFourWeeksOfManualActivityBeforeNow()
    {
        var started = DateTimeOffset.UtcNow;
        await using var hub = new DeviceHub(("Demo:Enabled", "true"));
        var store = hub.Services.GetRequiredService<ActivityStore>();

        Assert.True(await WaitUntilAsync(() => store.HasAny(DeviceRegistry.DefaultHomeId), Ct), "no activity was written");
        var past = store.Read(DeviceRegistry.DefaultHomeId, started.AddDays(-DemoHistory.Days - 1), started);

        Assert.True(past.Count > 2_000, $"{past.Count} entries before the start");
        Assert.True(past[0].Time < started.AddDays(-DemoHistory.Days + 1), $"the oldest is {past[0].Time}");
        Assert.Contains(past, e => e.Source == ActivitySource.App && e.Kind == ActivityKind.Set && e.DeviceId == "living-ceiling-light");
        Assert.Contains(past, e => e.Source == ActivitySource.Device && e.Kind == ActivityKind.Event && e.DeviceId == "front-door" && e.Member == "magnet-sensor.opened");
        Assert.Contains(past, e => e.Source == ActivitySource.Automation && e.Actor == "motion-night-light");
    }

    [Fact]
    public async Task TheHistoryIsWrittenOnlyIntoAHomeWithoutActivity()
    {
        var scenario = ScenarioParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "demo", "home.json")).Scenario!;
        var profiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "device-profiles"), "*.json")
            .Select(DeviceProfileParser.ParseFile).Where(r => r.IsValid).Select(r => r.Profile!).ToList();
        var now = DateTimeOffset.UtcNow;
        await using var store = new ActivityStore(Path.Combine(_directory, "hub.db"), TimeProvider.System, new ActivityStoreOptions());

        var first = DemoHistory.WriteOnce(store, scenario, profiles, now, TimeZoneInfo.Utc, 51.4779, 0.0015);
        var second = DemoHistory.WriteOnce(store, scenario, profiles, now, TimeZoneInfo.Utc, 51.4779, 0.0015);

        Assert.True(first > 2_000, $"{first} entries");
        Assert.Equal(0, second);
        Assert.Equal(first, store.Read(DeviceRegistry.DefaultHomeId, now.AddDays(-DemoHistory.Days - 1), now, limit: 100_000).Count);
    }
}
