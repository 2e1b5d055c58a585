using AiotHub.Core.Devices;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task AnInProcessLinkWithAnExternalBrokerStopsTheHubAtStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(_ => { },
            ("Devices:Link", "InProcess"), ("Mqtt:Mode", "External"), ("Mqtt:Url", "mqtt://127.0.0.1:1")));

        Assert.Contains("Devices:Link InProcess needs the embedded broker", error.Message, StringComparison.Ordinal);
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

    private static Task StartAsync(Action<IServiceProvider> check, params (string Key, string? Value)[] settings) =>
        HubServicesHost.StartAsync(_ => { }, check, settings, Ct);
}
