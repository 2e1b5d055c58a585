using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Events;
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
    [InlineData("Devices:WriteBehindInterval", "00:05:00", "Devices:WriteBehindInterval")]
    [InlineData("Devices:CommandRetention", "00:00:01", "Devices:CommandRetention")]
    [InlineData("Devices:CommandsPerDevice", "0", "Devices:CommandsPerDevice")]
    [InlineData("Devices:MaxPendingDevices", "0", "Devices:MaxPendingDevices")]
    [InlineData("Events:BufferCapacity", "0", "Events:BufferCapacity")]
    [InlineData("Events:BufferAge", "00:00:00", "Events:BufferAge")]
    [InlineData("Events:SubscriberCapacity", "0", "Events:SubscriberCapacity")]
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
    public async Task TheSectionsAreBoundOnceIntoTheOptionsTheRegistryAndTheStoreRunWith() =>
        await StartAsync(services =>
        {
            // The very instances Core was built with (DevicesHostingExtensions hands them over unchanged), under the documented keys.
            var registry = services.GetRequiredService<IOptions<DeviceRegistryOptions>>().Value;
            var store = services.GetRequiredService<IOptions<DeviceStoreOptions>>().Value;
            Assert.Equal((TimeSpan.FromSeconds(3), TimeSpan.FromHours(2), 7, 42), (registry.CommandTimeout, registry.CommandRetention, registry.MaxCommandsPerDevice, registry.MaxPendingDevices));
            Assert.Equal((TimeSpan.FromMilliseconds(50), TimeSpan.FromHours(2)), (store.FlushInterval, store.CommandRetention));
            Assert.Equal((5, TimeSpan.FromMinutes(2), 9), (registry.Events.Capacity, registry.Events.MaxAge, registry.Events.SubscriberCapacity));
            Assert.Same(services.GetRequiredService<TimeProvider>(), store.TimeProvider);
            Assert.NotNull(store.OnError);
        }, ("Devices:CommandTimeout", "00:00:03"), ("Devices:CommandRetention", "02:00:00"), ("Devices:CommandsPerDevice", "7"),
           ("Devices:MaxPendingDevices", "42"), ("Devices:WriteBehindInterval", "00:00:00.050"),
           ("Events:BufferCapacity", "5"), ("Events:BufferAge", "00:02:00"), ("Events:SubscriberCapacity", "9"));

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
        HubServicesHost.StartAsync(builder => builder.AddEvents(), check, settings, Ct);
}
