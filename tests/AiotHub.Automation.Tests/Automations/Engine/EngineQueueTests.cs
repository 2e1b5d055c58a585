using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Automation.Tests.Automations.Engine.EngineHarness;

namespace AiotHub.Automation.Tests.Automations.Engine;

/// <summary>The engine's queue of matched events has a bound (Automations:MaxQueuedEvents); beyond it events are dropped and counted.</summary>
public sealed class EngineQueueTests
{
    [Fact]
    public async Task AFullQueueDropsAndCountsEventsWithoutHoldingUpTheReporterAndTheEngineGoesOn()
    {
        await using var hub = Create(
            options: new AutomationEngineOptions { TimeZone = "Europe/Berlin", MaxQueuedEvents = 1 },
            automations: [Auto("any", [OnProperty("lamp-1", "light.brightness")], [Notify("$.actions[0]", "changed")], mode: AutomationMode.Parallel)]);
        hub.Registry.Online("lamp-1");

        // Far faster than the engine runs automations: the reporter never waits for it, so most find the queue full.
        for (var i = 0; i < 5_000; i++)
            hub.Report("lamp-1", $$"""{"light.brightness":{{(i % 2 == 0 ? 10 : 20)}}}""");
        await hub.Engine.WhenIdleAsync();
        var dropped = hub.Engine.DroppedEvents;

        Assert.InRange(dropped, 1, 4_999);
        Assert.Equal((0L, 1), (hub.Engine.QueuedEvents, hub.Engine.MaxQueuedEvents));
        // Once the burst is over, the next change runs the automation as always.
        hub.Clock.Advance(TimeSpan.FromMinutes(10));
        hub.Report("lamp-1", """{"light.brightness":55}""");
        await hub.Engine.WhenIdleAsync();
        await Eventually(() => hub.Runs("any").Any(r => r.Trigger.Data.GetProperty("to").GetInt32() == 55 && r.Result == AutomationRunResult.Succeeded));
        Assert.Equal(dropped, hub.Engine.DroppedEvents);
    }

    [Fact]
    public async Task AQueueBoundBelowOneIsRefused()
    {
        await using var hub = Create(start: false);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AutomationEngine(hub.Registry, hub.Source, hub.Scenes, hub.Modes, null, hub.Clock, new AutomationEngineOptions { MaxQueuedEvents = 0 }));
    }
}
