using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>The registry's outbox of commands for the edge has a bound (DeviceRegistryOptions.MaxQueuedCommands) and refuses beyond it.</summary>
public sealed class CommandOutboxTests
{
    private readonly ManualClock _clock = new();

    private DeviceRegistry Create(int maxQueued) =>
        new(Catalog(), null, _clock, new DeviceRegistryOptions { MaxQueuedCommands = maxQueued });

    [Fact]
    public void ACommandBeyondTheOutboxBoundIsRefusedCountedAndNothingOfItIsKept()
    {
        var registry = Create(maxQueued: 2);
        registry.Online("lamp-1");
        var published = new List<HomeEvent>();
        registry.Events.Published += published.Add;

        var first = registry.SetProperties("lamp-1", Json("""{"light.brightness":10}"""));
        var second = registry.CallAction("lamp-1", "light.toggle");
        var third = registry.SetProperties("lamp-1", Json("""{"light.brightness":90}"""));

        Assert.True(first.IsAccepted);
        Assert.True(second.IsAccepted);
        Assert.False(third.IsAccepted);
        Assert.True(third.QueueFull);
        Assert.Null(third.Outbound);
        Assert.Equal("$: the hub's command queue is full (2 commands waiting to be sent); nothing was sent, try again shortly", Assert.Single(third.Errors).ToString());
        Assert.Equal((2, 1L), (registry.QueuedCommands, registry.RefusedCommands));
        // Not recorded, not desired, not announced.
        Assert.Equal([second.Command!.Id, first.Command!.Id], registry.ListCommands("lamp-1").Select(c => c.Id));
        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(10, device.Properties["light.brightness"].Desired!.Value.GetInt32());
        Assert.Equal(2, published.Count(e => e.Data is CommandUpdated));
        Assert.Equal(1, published.Count(e => e.Data is DesiredChanged));
    }

    [Fact]
    public void OnceTheEdgeTakesACommandTheNextIsAcceptedAgain()
    {
        var registry = Create(maxQueued: 1);
        registry.Online("lamp-1");
        Assert.True(registry.CallAction("lamp-1", "light.toggle").IsAccepted);
        Assert.True(registry.CallAction("lamp-1", "light.toggle").QueueFull);

        var taken = registry.TakeOutbound();
        var next = registry.CallAction("lamp-1", "light.toggle");

        Assert.NotNull(taken);
        Assert.True(next.IsAccepted);
        Assert.Equal(next.Outbound, registry.TakeOutbound());
        Assert.Equal(1, registry.RefusedCommands);
    }

    [Fact]
    public void ACommandForAnOfflineDeviceNeedsNoRoomInTheOutbox()
    {
        var registry = Create(maxQueued: 1);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        registry.CallAction("lamp-1", "light.toggle");
        registry.OnAvailability("lamp-2", online: false);

        var result = registry.CallAction("lamp-2", "light.toggle");

        Assert.True(result.IsAccepted);
        Assert.Equal(CommandStatus.Offline, result.Command.Status);
        Assert.Equal(0, registry.RefusedCommands);
    }

    [Fact]
    public void AnOutboxBoundBelowOneIsRefusedAtConstruction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(maxQueued: 0));
}
