using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>A bad "Devices" section stops the hub at start with a message naming the key.</summary>
public sealed class DevicesOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Devices:TopicRoot", "aiot/#", "Devices:TopicRoot")]
    [InlineData("Devices:TopicRoot", "aiot//x", "Devices:TopicRoot")]
    [InlineData("Devices:TopicRoot", "$SYS", "Devices:TopicRoot")]
    [InlineData("Devices:CommandTimeout", "00:00:00", "Devices:CommandTimeout")]
    [InlineData("Devices:CommandTimeout", "02:00:00", "Devices:CommandTimeout")]
    [InlineData("Devices:WriteBehindInterval", "00:00:00", "Devices:WriteBehindInterval")]
    [InlineData("Devices:CommandsPerDevice", "0", "Devices:CommandsPerDevice")]
    [InlineData("Devices:ProfilesDirectory", "/nonexistent/profiles", "Devices:ProfilesDirectory '/nonexistent/profiles' does not exist")]
    public async Task StartFailsWithAMessageNamingTheBadKey(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(_ => { }, (key, value)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultConfigurationStartsWithTheShippedProfilesAndANestedTopicRoot()
    {
        await StartAsync(services =>
        {
            var registry = services.GetRequiredService<DeviceRegistry>();
            Assert.NotNull(registry.Profiles.Find("aiot.light.ceiling1"));
            Assert.True(registry.Profiles.Latest().Count >= 12);
        }, ("Devices:TopicRoot", "home/aiot"));
    }

    private static async Task StartAsync(Action<IServiceProvider> check, params (string Key, string? Value)[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aiothub-devices-options-").FullName;
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
