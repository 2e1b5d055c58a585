using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Scenes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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

    private static async Task StartAsync(Action<IServiceProvider> check, params (string Key, string? Value)[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aiothub-scenes-options-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(
            [
                new("Mqtt:Persistence:DataDirectory", dataDirectory), new("Devices:DataDirectory", dataDirectory),
                new("Mqtt:Address", "127.0.0.1"), new("Mqtt:Port", "0"),
            ]);
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
            builder.AddMqtt();
            builder.AddDevices();
            builder.AddScenes();
            using var host = builder.Build();
            await host.StartAsync(Ct);
            check(host.Services);
            await host.StopAsync(Ct);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
