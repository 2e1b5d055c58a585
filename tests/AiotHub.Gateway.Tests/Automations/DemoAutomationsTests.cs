using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Demo;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Automations;

/// <summary>`--demo` comes with automations that fit its home, and one of them visibly runs within the first minute.</summary>
public sealed class DemoAutomationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryDemoAutomationIsAvailableAndTheWallSwitchOneRunsWithinAMinute()
    {
        await using var hub = new DeviceHub(("Demo:Enabled", "true"));
        using var http = hub.CreateHttpClient();
        var catalog = hub.Services.GetRequiredService<AutomationCatalog>();
        var engine = hub.Services.GetRequiredService<AutomationEngine>();

        Assert.True(await WaitUntilAsync(() => catalog.List(DeviceRegistry.DefaultHomeId).Count == DemoAutomations.Definitions.Length, Ct),
            $"demo automations: {string.Join(", ", catalog.List(DeviceRegistry.DefaultHomeId).Select(a => a.Id))}");
        var listed = (await GetItemsAsync(http, "/api/v1/homes/home/automations")).EnumerateArray().ToList();
        Assert.All(listed, a => Assert.True(a.GetProperty("state").GetString() == "available", a.ToString()));
        Assert.Contains(listed, a => a.GetProperty("definition").GetProperty("triggers")[0].GetProperty("kind").GetString() == "webhook");

        // The scenario's timeline turns the wall switch's left button on at 10 s.
        AutomationRun? run = null;
        Assert.True(await WaitUntilAsync(() =>
            (run = engine.QueryRuns(new AutomationRunQuery(DeviceRegistry.DefaultHomeId, "wall-switch-light"), 1) is [var last, ..] ? last : null) is { Result: not AutomationRunResult.Running }, Ct),
            $"no finished run of wall-switch-light: {run}");
        Assert.Equal(AutomationRunResult.Succeeded, run!.Result);
        Assert.Equal("property", run.Trigger.Kind);
        var step = run.Steps.Single(s => s.Kind == "set" && s.Status != AutomationStepStatus.Skipped);
        Assert.Equal(("living-ceiling-light", "applied"), (step.DeviceId, step.CommandStatus));
    }

    [Fact]
    public async Task TheDemoAutomationsAreCreatedOnceAndAnEditSurvivesARestartOfTheDemo()
    {
        await using var hub = new DeviceHub(("Demo:Enabled", "true"));
        var catalog = hub.Services.GetRequiredService<AutomationCatalog>();
        Assert.True(await WaitUntilAsync(() => catalog.List(DeviceRegistry.DefaultHomeId).Count == DemoAutomations.Definitions.Length, Ct));
        Assert.Equal(AutomationWriteStatus.Done, catalog.SetEnabled(DeviceRegistry.DefaultHomeId, "kettle-on", false).Status);

        Assert.Empty(DemoAutomations.CreateMissing(catalog));

        Assert.Equal(DemoAutomations.Definitions.Length, catalog.List(DeviceRegistry.DefaultHomeId).Count);
        Assert.False(catalog.Find(DeviceRegistry.DefaultHomeId, "kettle-on")!.Enabled);
    }
}
