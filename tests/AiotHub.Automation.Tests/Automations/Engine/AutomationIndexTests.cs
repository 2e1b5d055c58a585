using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

public sealed class AutomationIndexTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    private static AutomationIndex Thousand() => AutomationIndex.Build([.. Enumerable.Range(0, 1000).Select(i =>
        Auto($"a-{i}", [OnProperty($"lamp-{i}", "light.on", to: "true")], [Notify("$.actions[0]", "on")]))]);

    private static HomeEvent Changed(string device, string old, string @new, string home = HomeId) =>
        new(1, home, At, device, new PropertyChanged("light.on", Json(old), Json(@new)));

    [Fact]
    public void AnEventIsMatchedOnlyAgainstTheTriggersOfItsHomeDeviceAndProperty()
    {
        var index = Thousand();

        Assert.Equal("a-7", Assert.Single(index.Candidates(Changed("lamp-7", "false", "true"))!).AutomationId);
        Assert.Equal(1, index.CountMatches(Changed("lamp-7", "false", "true")));
        Assert.Equal(0, index.CountMatches(Changed("lamp-7", "true", "false")));
        Assert.Null(index.Candidates(Changed("lamp-7", "false", "true", home: "cabin")));
        Assert.Null(index.Candidates(Changed("hall-motion", "false", "true")));
    }

    [Fact]
    public void MatchingAllocatesNothingWhetherNothingOrOneAutomationMatches()
    {
        var index = Thousand();
        var none = Changed("hall-motion", "false", "true");
        var one = Changed("lamp-500", "false", "true");
        index.CountMatches(none);
        index.CountMatches(one);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var matched = 0;
        for (var i = 0; i < 1000; i++)
            matched += index.CountMatches(none) + index.CountMatches(one);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(1000, matched);
    }

    [Fact]
    public void ModeAvailabilityAndWebhookTriggersAreIndexedByWhatTheyListenTo()
    {
        var index = AutomationIndex.Build(
        [
            Auto("m", [new ModeTrigger("$.triggers[0]", null, null, HomeModes.Away)], [Notify("$.actions[0]", "x")]),
            Auto("v", [new AvailabilityTrigger("$.triggers[0]", null, "tv", AvailabilityState.Offline, null)], [Notify("$.actions[0]", "x")]),
            Auto("w", [new WebhookTrigger("$.triggers[0]", null, "hook-hook-hook-hook")], [Notify("$.actions[0]", "x")]),
            Auto("t", [new TimeTrigger("$.triggers[0]", null, [new TimeOnly(7, 0)], null)], [Notify("$.actions[0]", "x")]),
        ]);

        Assert.Equal(1, index.CountMatches(new HomeEvent(1, HomeId, At, null, new HomeModeChanged(HomeModes.Away, HomeModes.Home, null))));
        Assert.Equal(0, index.CountMatches(new HomeEvent(1, HomeId, At, null, new HomeModeChanged(HomeModes.Sleep, HomeModes.Home, null))));
        Assert.Equal(1, index.CountMatches(new HomeEvent(1, HomeId, At, "tv",
            new AvailabilityChanged(AvailabilityState.Offline, "last-will", AvailabilityState.Online))));
        Assert.Equal("w", Assert.Single(index.Webhook("hook-hook-hook-hook")!).AutomationId);
        Assert.Equal("t", Assert.Single(index.Clocked).AutomationId);
    }
}
