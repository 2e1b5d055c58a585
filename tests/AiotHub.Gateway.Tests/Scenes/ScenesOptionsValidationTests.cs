using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Scenes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests.Scenes;

/// <summary>A bad "Scenes" section stops the hub at start with a message naming the key.</summary>
public sealed class ScenesOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Scenes:CommandInterval", "-00:00:01")]
    [InlineData("Scenes:CommandInterval", "00:01:00")]
    [InlineData("Scenes:RunsPerScene", "0")]
    public async Task StartFailsWithAMessageNamingTheBadKey(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(_ => { }, (key, value)));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZeroIntervalIsAllowedAndTheRunnerIsBuilt() =>
        await StartAsync(services => Assert.NotNull(services.GetRequiredService<SceneRunner>()), ("Scenes:CommandInterval", "00:00:00"));

    private static Task StartAsync(Action<IServiceProvider> check, params (string Key, string? Value)[] settings) =>
        HubServicesHost.StartAsync(builder => builder.AddScenes(), check, settings, Ct);
}
