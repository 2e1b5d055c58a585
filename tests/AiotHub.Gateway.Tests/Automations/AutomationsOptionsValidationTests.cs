using AiotHub.Automation.Automations;
using AiotHub.Gateway.Automations;
using AiotHub.Gateway.Scenes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests.Automations;

/// <summary>A bad "Automations" section stops the hub at start with a message naming the key.</summary>
public sealed class AutomationsOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Automations:Latitude", "91", "Automations:Longitude", "0")]
    [InlineData("Automations:Longitude", "-180.5", "Automations:Latitude", "0")]
    [InlineData("Automations:Latitude", "48.1", null, null)]
    [InlineData("Automations:TimeZone", "Mars/Olympus_Mons", null, null)]
    [InlineData("Automations:RunsPerAutomation", "0", null, null)]
    [InlineData("Automations:FailedRunRetention", "-1.00:00:00", null, null)]
    [InlineData("Automations:HookBurst", "0", null, null)]
    [InlineData("Automations:HookPerMinute", "100000", null, null)]
    [InlineData("Automations:LoopLimit", "0", null, null)]
    [InlineData("Automations:ResumeGrace", "-00:00:01", null, null)]
    [InlineData("Automations:Limits:StepsPerAutomation", "0", null, null)]
    [InlineData("Automations:Limits:RunDuration", "60.00:00:00", null, null)]
    [InlineData("Automations:Limits:ConcurrentRunsPerHome", "-1", null, null)]
    [InlineData("Automations:Limits:TraceBytes", "100", null, null)]
    [InlineData("Automations:Limits:MinScheduleInterval", "00:00:00", null, null)]
    [InlineData("Automations:Limits:ImportBytes", "0", null, null)]
    public async Task StartFailsWithAMessageNamingTheBadKey(string key, string value, string? otherKey, string? otherValue)
    {
        (string, string?)[] settings = otherKey is null ? [(key, value)] : [(key, value), (otherKey, otherValue)];

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(_ => { }, settings));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodSectionReachesTheEngineOptions() =>
        await StartAsync(services =>
        {
            var options = services.GetRequiredService<IOptions<AutomationEngineOptions>>().Value;
            Assert.Equal((48.14, 11.58, "Europe/Berlin", 5), (options.Latitude, options.Longitude, options.TimeZone, options.RunsPerAutomation));
            Assert.Same(options, services.GetRequiredService<AutomationEngineOptions>());
            Assert.NotNull(services.GetRequiredService<AutomationEngine>());
        }, [("Automations:Latitude", "48.14"), ("Automations:Longitude", "11.58"), ("Automations:TimeZone", "Europe/Berlin"), ("Automations:RunsPerAutomation", "5")]);

    [Fact]
    public async Task TheLimitsAreBoundOnceIntoWhatTheEngineAndTheCatalogUse() =>
        await StartAsync(services =>
        {
            var limits = services.GetRequiredService<IOptions<AutomationLimits>>().Value;
            Assert.Equal((50, TimeSpan.FromHours(2)), (limits.StepsPerAutomation, limits.RunDuration));
            Assert.Same(limits, services.GetRequiredService<AutomationEngineOptions>().Limits);
            Assert.Same(limits, services.GetRequiredService<AutomationCatalog>().Limits);
        }, [("Automations:Limits:StepsPerAutomation", "50"), ("Automations:Limits:RunDuration", "02:00:00")]);

    [Fact]
    public async Task TheHookLimitsAreBoundFromTheSameSection() =>
        await StartAsync(services =>
        {
            var hooks = services.GetRequiredService<IOptions<AutomationHookOptions>>().Value;
            Assert.Equal((3, 12), (hooks.HookBurst, hooks.HookPerMinute));
        }, [("Automations:HookBurst", "3"), ("Automations:HookPerMinute", "12")]);

    private static Task StartAsync(Action<IServiceProvider> check, (string Key, string? Value)[] settings) =>
        HubServicesHost.StartAsync(builder =>
        {
            builder.AddScenes();
            builder.AddAutomations();
        }, check, settings, Ct);
}
