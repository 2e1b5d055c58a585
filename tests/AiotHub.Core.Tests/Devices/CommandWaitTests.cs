using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>DeviceRegistry.WaitForCommandAsync: what fan-out callers (scene runs) await per command.</summary>
public sealed class CommandWaitTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task AWaitEndsWithTheCommandOnceTheDeviceReplies()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var id = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;

        var wait = registry.WaitForCommandAsync(id, TestContext.Current.CancellationToken);
        Assert.False(wait.IsCompleted);
        registry.OnReply("lamp-1", id, 5, "busy");
        var command = await wait;

        Assert.Equal((CommandStatus.Rejected, 5, "busy"), (command!.Status, command.Code, command.Message));
    }

    [Fact]
    public async Task AFinishedCommandIsReturnedAtOnceAndAnUnknownOneIsNull()
    {
        var registry = Create(_clock);
        registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light));
        var offline = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;

        var finished = registry.WaitForCommandAsync(offline, TestContext.Current.CancellationToken);
        var unknown = registry.WaitForCommandAsync("c-nope", TestContext.Current.CancellationToken);

        Assert.True(finished.IsCompletedSuccessfully);
        Assert.Equal(CommandStatus.Offline, (await finished)!.Status);
        Assert.Null(await unknown);
    }

    [Fact]
    public async Task AWaitEndsWhenTheCommandTimesOutOrIsCancelled()
    {
        var registry = Create(_clock, timeout: TimeSpan.FromSeconds(2));
        registry.Online("lamp-1");
        var first = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        var second = registry.SetProperties("lamp-1", Json("""{"light.on":false}""")).Command!.Id;
        using var cancel = new CancellationTokenSource();

        var timedOut = registry.WaitForCommandAsync(first, TestContext.Current.CancellationToken);
        var cancelled = registry.WaitForCommandAsync(second, cancel.Token);
        await cancel.CancelAsync();
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(CommandStatus.TimedOut, (await timedOut)!.Status);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
    }
}
