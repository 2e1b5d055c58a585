using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>What the rollout engine's command threshold and the makers' health view read (docs/ota.md "Feedback from homes").</summary>
public sealed class DeviceHealthReaderTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void CommandsCountsAppliedRejectedTimedOutAndOfflineSinceTheGivenTime()
    {
        var registry = Create(_clock, timeout: TimeSpan.FromSeconds(3));
        registry.Online("lamp-1");
        var before = Set(registry);
        registry.OnReply("lamp-1", before, -4004, "before the update");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var since = _clock.GetUtcNow();

        foreach (var latency in new[] { 100, 200, 300 })
        {
            var id = Set(registry);
            registry.MarkSent(id);
            _clock.Advance(TimeSpan.FromMilliseconds(latency));
            registry.OnReply("lamp-1", id, 0);
        }

        registry.OnReply("lamp-1", Set(registry), -4004, "calibrating");
        Set(registry);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Set(registry);
        registry.OnAvailability("lamp-1", online: false);
        Set(registry);

        var health = new DeviceHealthReader(registry).Commands("lamp-1", since);

        Assert.Equal(new CommandHealth(3, 1, 1, 2, 0, TimeSpan.FromMilliseconds(300)), health);
        Assert.Equal(0.6, health.SuccessRate);
        Assert.Equal(0.4, health.FailureRate);
    }

    [Fact]
    public void CommandsOfSeveralDevicesAddUpEachFromItsOwnStart()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        registry.OnReply("lamp-1", Set(registry, "lamp-1"), -4004);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var lamp2Since = _clock.GetUtcNow();
        registry.OnReply("lamp-1", Set(registry, "lamp-1"), 0);
        registry.OnReply("lamp-2", Set(registry, "lamp-2"), -4004);

        var health = new DeviceHealthReader(registry).Commands([("lamp-1", DateTimeOffset.MinValue), ("lamp-2", lamp2Since), ("nobody", DateTimeOffset.MinValue)]);

        Assert.Equal((1, 2, 0), (health.Applied, health.Rejected, health.TimedOut));
    }

    [Fact]
    public void AnUnknownDeviceOrNoCommandsHaveNoRates()
    {
        var registry = Create(_clock);

        var health = new DeviceHealthReader(registry).Commands("nobody", DateTimeOffset.MinValue);

        Assert.Equal(CommandHealth.None, health);
        Assert.Null(health.SuccessRate);
        Assert.Null(health.P95Latency);
    }

    [Fact]
    public void PercentileIsTheNearestRank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        Assert.Equal(TimeSpan.FromMilliseconds(95), DeviceHealthReader.Percentile(values, 0.95));
        Assert.Equal(TimeSpan.FromMilliseconds(7), DeviceHealthReader.Percentile([7], 0.95));
    }

    private static string Set(DeviceRegistry registry, string deviceId = "lamp-1") =>
        registry.SetProperties(deviceId, Json("""{"light.on":true}""")).Command!.Id;
}
