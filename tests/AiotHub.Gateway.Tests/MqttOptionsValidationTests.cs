using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// A bad "Mqtt" section stops the hub at start, and the message names the key to fix. These start a
/// plain host with the hub's own AddMqtt(); GatewayProcessTests shows the same through the real executable.
/// </summary>
public sealed class MqttOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Mqtt:Port", "70000", "Mqtt:Port")]
    [InlineData("Mqtt:ReceiveMaximum", "0", "Mqtt:ReceiveMaximum")]
    [InlineData("Mqtt:MaximumPacketSize", "3", "Mqtt:MaximumPacketSize")]
    [InlineData("Mqtt:MaximumQueuedMessagesPerClient", "0", "Mqtt:MaximumQueuedMessagesPerClient")]
    [InlineData("Mqtt:SlowSubscriberTimeout", "00:00:00", "Mqtt:SlowSubscriberTimeout")]
    [InlineData("Mqtt:ConnectTimeout", "1.00:00:00", "Mqtt:ConnectTimeout")]
    [InlineData("Mqtt:TakeoverWindow", "00:00:00", "Mqtt:TakeoverWindow")]
    [InlineData("Mqtt:Address", "not-an-ip", "Mqtt:Address")]
    [InlineData("Mqtt:TlsCertificatePath", "/nonexistent/hub.pfx", "Mqtt:TlsCertificatePath")]
    [InlineData("Mqtt:Users:$pair", "x", "Mqtt:Users")]
    [InlineData("Mqtt:Mode", "External", "Mqtt:Url")]
    [InlineData("Mqtt:Persistence:DataDirectory", "", "Mqtt:Persistence:DataDirectory")]
    public async Task StartFailsWithAMessageNamingTheBadKey(string key, string value, string namedKey)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync((key, value)));

        Assert.Contains(namedKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mqtt:ReceiveMaximum", "70000")]
    [InlineData("Mqtt:TopicAliasMaximum", "-1")]
    [InlineData("Mqtt:QueueFullPolicy", "DropEverything")]
    public async Task AValueTheBrokersTypeCannotHoldStopsTheStartNamingTheKey(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => StartAsync((key, value)));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBrokersKeysReachTheRunningBrokerAndTheHubsAclStaysTheHubs() =>
        await StartAsync(async services =>
        {
            // What a 5.0 client is told in CONNACK is what the section said; Mqtt:Acl (the hub's rules) did not stop the binding.
            var broker = services.GetRequiredService<EmbeddedBrokerService>().Broker!;
            await using var client = new MqttClient(new MqttClientOptions
            {
                Host = "127.0.0.1", Port = broker.LocalEndPoints[0].Port, ProtocolVersion = MqttProtocolVersion.V500, ClientId = "options-probe",
            });
            var connack = await client.ConnectAsync(Ct);
            Assert.Equal((7, 5, 4096u), ((int)connack.ReceiveMaximum, (int)connack.TopicAliasMaximum, connack.MaximumPacketSize ?? 0));
            Assert.Equal(TimeSpan.FromSeconds(3), services.GetRequiredService<IOptions<MqttBrokerOptions>>().Value.SlowSubscriberTimeout);
        }, ("Mqtt:ReceiveMaximum", "7"), ("Mqtt:TopicAliasMaximum", "5"), ("Mqtt:MaximumPacketSize", "4096"), ("Mqtt:SlowSubscriberTimeout", "00:00:03"),
           ("Mqtt:Acl:0:Permission", "Deny"), ("Mqtt:Acl:0:Topic", "private/#"));

    [Fact]
    public async Task StartFailsWhenTheExternalUrlIsNotAnMqttUrl()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Mode", "External"), ("Mqtt:Url", "http://broker:1883")));

        Assert.Contains("Mqtt:Url 'http://broker:1883/' must look like mqtt://host:port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartFailsWhenAnAclRuleHasAnInvalidTopicFilter()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Acl:0:Permission", "Allow"), ("Mqtt:Acl:0:Topic", "home/#/kitchen")));

        Assert.Contains("Mqtt:Acl:0:Topic 'home/#/kitchen'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartFailsWhenAnAclRuleHasNoPermission()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Acl:0:Topic", "home/#")));

        Assert.Contains("Mqtt:Acl:n:Permission is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownModeFailsNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => StartAsync(("Mqtt:Mode", "Cloud")));

        Assert.Contains("Mqtt:Mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultConfigurationStarts()
    {
        await StartAsync();
    }

    private static Task StartAsync(params (string Key, string? Value)[] settings) => StartAsync(_ => Task.CompletedTask, settings);

    private static async Task StartAsync(Func<IServiceProvider, Task> check, params (string Key, string? Value)[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aiothub-options-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(
                [new("Mqtt:Persistence:DataDirectory", dataDirectory), new("Mqtt:Address", "127.0.0.1"), new("Mqtt:Port", "0")]);
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
            builder.AddMqtt();
            using var host = builder.Build();
            await host.StartAsync(Ct);
            await check(host.Services);
            await host.StopAsync(Ct);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
